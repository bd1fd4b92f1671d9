package roadmap

import (
	"reflect"
	"strconv"
	"testing"
)

func TestCycles(t *testing.T) {
	for _, c := range []struct {
		name string
		ids  []string
		deps map[string][]string
		want [][]string
	}{
		{"chain has none", []string{"a", "b", "c"}, map[string][]string{"b": {"a"}, "c": {"b"}}, nil},
		{"diamond has none", []string{"a", "b", "c", "d"}, map[string][]string{"b": {"a"}, "c": {"a"}, "d": {"b", "c"}}, nil},
		{"self loop", []string{"a"}, map[string][]string{"a": {"a"}}, [][]string{{"a", "a"}}},
		{"three-cycle starts at smallest", []string{"c", "a", "b"}, map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}}, [][]string{{"a", "b", "c", "a"}}},
		{"two separate cycles", []string{"a", "b", "x", "y", "z"}, map[string][]string{"a": {"b"}, "b": {"a"}, "x": {"y"}, "y": {"z"}, "z": {"x"}},
			[][]string{{"a", "b", "a"}, {"x", "y", "z", "x"}}},
		{"shortest cycle in a component", []string{"a", "b", "c", "d"}, map[string][]string{"a": {"b", "d"}, "b": {"c"}, "c": {"a"}, "d": {"a"}},
			[][]string{{"a", "d", "a"}}},
		{"unknown ids ignored", []string{"a"}, map[string][]string{"a": {"ghost"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Cycles(c.ids, c.deps); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestBlocks(t *testing.T) {
	// a <-> b is one block; x -> y -> z -> x another, listed sorted; the
	// self loop c and the chain d -> a are no blocks (d only waits for one).
	ids := []string{"z", "y", "x", "d", "c", "b", "a"}
	deps := map[string][]string{"a": {"b"}, "b": {"a"}, "c": {"c"}, "d": {"a"}, "x": {"y"}, "y": {"z"}, "z": {"x"}}
	want := [][]string{{"a", "b"}, {"x", "y", "z"}}
	if got := Blocks(ids, deps); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestCyclesDeepChainDoesNotOverflow(t *testing.T) {
	n := 200000
	ids := make([]string, n)
	deps := map[string][]string{}
	for i := range ids {
		ids[i] = "c" + strconv.Itoa(i)
		if i > 0 {
			deps[ids[i]] = []string{ids[i-1]}
		}
	}
	deps[ids[0]] = []string{ids[n-1]}
	got := Cycles(ids, deps)
	if len(got) != 1 || len(got[0]) != n+1 {
		t.Fatalf("want one cycle through all %d nodes, got %d cycles", n, len(got))
	}
}
