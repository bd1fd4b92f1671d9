package survey

import (
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"

	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/kano"
)

// ReadAll reads several survey files into one survey. It refuses a file
// listed twice, two files with the same content, and a respondent id seen
// twice within a wave (files without a wave form one wave). progress, when
// set, is told which file is read. Problems of every file come back
// together as one *diag.Error.
func ReadAll(srcs []Source, cfg Config, s *kano.Survey, progress func(file string)) ([]Stats, error) {
	var probs diag.List
	waves := map[string]*IDRegistry{}
	seenKey := map[string]string{}
	seenContent := map[uint64]string{}
	seed := maphash.MakeSeed()
	sizes := sameSizes(srcs)
	var stats []Stats
	if cfg.Responses == nil && manyWaves(srcs) {
		cfg.Responses = NewResponses()
	}
	for _, src := range srcs {
		key := src.Key
		if key == "" {
			key = src.Display
		}
		// A file with a wave column comes once per wave, each read keeping
		// the rows of its wave: the same file, not the same respondents.
		part := key
		if src.WaveColumn != nil {
			part += "\x00" + src.Wave
		}
		if first, dup := seenKey[part]; dup {
			probs.Add(src.Display, 0, 0, fmt.Sprintf("the survey is listed twice (also as %s)", first), "list each survey once: its respondents would count twice")
			continue
		}
		_, again := seenKey[key] // the file's content was compared with its first wave
		seenKey[part], seenKey[key] = src.Display, src.Display
		if sum, err := digest(src, seed, sizes); err == nil {
			if first, dup := seenContent[sum]; dup && !again {
				probs.Add(src.Display, 0, 0, fmt.Sprintf("the file duplicates %s (the same content)", first), "the same export listed twice counts every respondent twice: remove one of them")
				continue
			}
			seenContent[sum] = src.Display
		}
		c := cfg
		if c.IDs = waves[src.Wave]; c.IDs == nil {
			c.IDs = NewIDRegistry()
			waves[src.Wave] = c.IDs
		}
		if progress != nil {
			progress(src.Display)
		}
		st, err := Read(src, c, s)
		if err != nil {
			var de *diag.Error
			if errors.As(err, &de) {
				probs.Append(de.Problems...)
				continue
			}
			return nil, err
		}
		stats = append(stats, st)
	}
	return stats, probs.Err()
}

// fileSizes counts the files of each size: only files of the same size
// can have the same content, and only those are read to compare them.
type fileSizes map[int64]int

func sameSizes(srcs []Source) fileSizes {
	n := fileSizes{}
	waveFiles := map[string]bool{} // a file with a wave column comes once per wave
	for _, src := range srcs {
		if src.WaveColumn != nil {
			if waveFiles[src.Key+"\x00"+src.Display] {
				continue
			}
			waveFiles[src.Key+"\x00"+src.Display] = true
		}
		if fi, err := fs.Stat(src.FS, src.Path); err == nil {
			n[fi.Size()]++
		}
	}
	return n
}

// unique reports whether no other file has the size of src.
func (n fileSizes) unique(src Source) bool {
	fi, err := fs.Stat(src.FS, src.Path)
	return err == nil && n[fi.Size()] < 2
}

// errUnique: a file no other file matches in size has no twin, and is
// not read twice to find one.
var errUnique = errors.New("no other file has its size")

// digest hashes a file's bytes, to find the same export listed under two names.
func digest(src Source, seed maphash.Seed, sizes fileSizes) (uint64, error) {
	if sizes.unique(src) {
		return 0, errUnique
	}
	f, err := src.FS.Open(src.Path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var h maphash.Hash
	h.SetSeed(seed)
	if _, err := io.Copy(&h, f); err != nil {
		return 0, err
	}
	return h.Sum64(), nil
}

// manyWaves reports whether srcs hold two or more waves.
func manyWaves(srcs []Source) bool {
	for _, s := range srcs {
		if s.Wave != srcs[0].Wave {
			return true
		}
	}
	return false
}
