package journey

import "testing"

// A process one step of which needs a channel type the journey does not
// have is not applicable, not a gap (trial7 N5): a maker with a web shop
// and field sales but no store. Buy online, pick up in store needs a
// store; its online steps are met (2 of 3) but it is not "partial".
// Multi-source delivery needs only online and any channels: 1 of 3 steps
// met, partial.
func TestProcessNeedingAMissingChannelIsNotApplicable(t *testing.T) {
	j := Journey{
		Stages:   []Stage{{ID: "information"}, {ID: "purchase"}, {ID: "fulfilment"}},
		Channels: []Channel{{ID: "shop", Type: "web-shop", Online: true}, {ID: "field", Type: "field-sales"}},
		Touchpoints: []Touchpoint{
			{ID: "stock", Stage: "information", Channel: "shop", Functions: []string{"stock-visibility"}},
			{ID: "checkout", Stage: "purchase", Channel: "shop", Functions: []string{"online-checkout"}},
		},
	}
	for _, p := range Processes {
		if p.ID == "bopis" || p.ID == "multi-source-delivery" {
			j.Processes = append(j.Processes, p)
		}
	}
	got := CheckProcesses(j, indexes{})
	if len(got) != 2 {
		t.Fatalf("%d processes, want 2", len(got))
	}
	if got[0].ID != "bopis" || got[0].Status != SupportNotApplicable || got[0].NeedsChannel != "store" {
		t.Errorf("bopis: status %q, needs %q; want not-applicable, store", got[0].Status, got[0].NeedsChannel)
	}
	if got[1].ID != "multi-source-delivery" || got[1].Status != SupportPartial || got[1].NeedsChannel != "" {
		t.Errorf("multi-source: status %q, needs %q; want partial, none", got[1].Status, got[1].NeedsChannel)
	}
	// With a store channel the same journey scores bopis: 2 of 3 steps.
	j.Channels = append(j.Channels, Channel{ID: "branch", Type: "store"})
	if got := CheckProcesses(j, indexes{}); got[0].Status != SupportPartial || got[0].NeedsChannel != "" {
		t.Errorf("bopis with a store: status %q, needs %q; want partial", got[0].Status, got[0].NeedsChannel)
	}
}
