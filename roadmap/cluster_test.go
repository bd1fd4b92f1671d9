package roadmap

import (
	"reflect"
	"testing"
)

func clusterIDs(g Graph) [][]string {
	var out [][]string
	for _, c := range g.Clusters {
		out = append(out, c.Capabilities)
	}
	return out
}

func TestClustersOfTwoChains(t *testing.T) {
	// a -> b -> c and x -> y -> z never touch: two teams, each self-contained.
	g, err := Analyze(caps("a:1", "x:1", "b:1:a", "y:1:x", "c:1:b", "z:1:y"), DSMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"a", "b", "c"}, {"x", "y", "z"}}; !reflect.DeepEqual(clusterIDs(g), want) {
		t.Errorf("clusters %v", clusterIDs(g))
	}
	// b is the lead: it ties to both others (affinity 2, a and c have 1).
	if c := g.Clusters[0]; c.ID != "tribe-1" || c.Lead != "b" || c.Cohesion != 1 {
		t.Errorf("cluster %+v", c)
	}
	if g.Capabilities[0].Cluster != "tribe-1" || g.Capabilities[1].Cluster != "tribe-2" {
		t.Errorf("rows %+v", g.Capabilities[:2])
	}
}

func TestClustersOfTwoCliquesWithABridge(t *testing.T) {
	// Two groups of four where everyone needs everyone before them, joined
	// by one dependency (e needs d). 13 ties, 26 ends. Merging the two
	// groups at the end would change modularity by 2 x (1/26 - 0.5 x 0.5) < 0.
	g, err := Analyze(caps("a:1", "b:1:a", "c:1:a,b", "d:1:a,b,c", "e:1:d", "f:1:e", "g:1:e,f", "h:1:e,f,g"), DSMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"a", "b", "c", "d"}, {"e", "f", "g", "h"}}; !reflect.DeepEqual(clusterIDs(g), want) {
		t.Errorf("clusters %v", clusterIDs(g))
	}
	// d has affinity 4 (3 inside, 1 across); inside the first group a, b, c
	// and d each have 3 ties inside, so the first in sequence leads. Cohesion
	// = 12 inside ends / 13 ends of the members.
	if c := g.Clusters[0]; c.Lead != "a" || c.Cohesion != 0.923 {
		t.Errorf("cluster %+v", c)
	}
}

func TestClustersByJointlyEnabledEntries(t *testing.T) {
	// No dependencies: p and q both enable the shop, r and s the app; t
	// enables nothing anyone else does and stays alone.
	cs := caps("p:1", "r:1", "q:1", "s:1", "t:1")
	cs[0].Enables = []string{"shop", "search"}
	cs[1].Enables = []string{"app"}
	cs[2].Enables = []string{"shop"}
	cs[3].Enables = []string{"app", "push"}
	cs[4].Enables = []string{"blog"}
	g, err := Analyze(cs, DSMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"p", "q"}, {"r", "s"}, {"t"}}; !reflect.DeepEqual(clusterIDs(g), want) {
		t.Errorf("clusters %v", clusterIDs(g))
	}
	if !reflect.DeepEqual(g.Clusters[0].Entries, []string{"shop", "search"}) || !reflect.DeepEqual(g.Clusters[1].Entries, []string{"app", "push"}) {
		t.Errorf("entries %v %v", g.Clusters[0].Entries, g.Clusters[1].Entries)
	}
	if g.Clusters[2].Cohesion != 0 {
		t.Errorf("a loner has no ties: %+v", g.Clusters[2])
	}
}

func TestClusterKeepsCoupledBlocksAndHonoursMaxSize(t *testing.T) {
	// Four capabilities that all need each other before them (6 ties) are
	// one cluster: Q = 1 - 1 = 0 against -4 x (3/12)^2 for four singletons
	// and 2 x (2/12 - (6/12)^2) < 0 for two pairs. Capped at two
	// capabilities, the pairs are the best left: {a, b} and {c, d}.
	cs := caps("a:1", "b:1:a", "c:1:a,b", "d:1:a,b,c")
	g, _ := Analyze(cs, DSMOptions{})
	if want := [][]string{{"a", "b", "c", "d"}}; !reflect.DeepEqual(clusterIDs(g), want) {
		t.Errorf("clusters %v", clusterIDs(g))
	}
	g, _ = Analyze(cs, DSMOptions{Cluster: ClusterOptions{DependencyWeight: 1, SharedEntryWeight: 0.5, Resolution: 1, MaxSize: 2}})
	if want := [][]string{{"a", "b"}, {"c", "d"}}; !reflect.DeepEqual(clusterIDs(g), want) {
		t.Errorf("capped clusters %v", clusterIDs(g))
	}
	// The blocks of the partition case stay whole in whatever cluster.
	g, _ = Analyze(partitionCase(), DSMOptions{AllowCoupled: true})
	of := map[string]string{}
	for _, c := range g.Capabilities {
		of[c.ID] = c.Cluster
	}
	if of["b"] != of["c"] || of["f"] != of["g"] {
		t.Errorf("blocks split: %v", of)
	}
}
