package workspace

// SegmentIDs are the ids of dsc.yaml's segments, the values a survey's
// segment column must hold; nil when dsc.yaml defines none (any value is a
// segment then).
func (w *Workspace) SegmentIDs() []string {
	var ids []string
	for _, s := range w.Config.Segments {
		if s.ID != "" {
			ids = append(ids, s.ID)
		}
	}
	return ids
}
