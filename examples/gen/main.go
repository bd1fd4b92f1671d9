// Command gen regenerates the example workspaces under examples/ from the
// specs in internal/gen. The data is seeded, so a run on any machine writes
// the same files:
//
//	go run ./examples/gen
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dsc-workbench/dsc/internal/gen"
)

func main() {
	out := flag.String("out", "examples", "folder to write the examples into")
	flag.Parse()
	for _, name := range gen.Examples() {
		dir := filepath.Join(*out, name)
		if err := os.RemoveAll(dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := gen.WriteExample(name, dir); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
			os.Exit(1)
		}
		fmt.Println("wrote", dir)
	}
}
