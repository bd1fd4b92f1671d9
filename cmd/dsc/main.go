// Command dsc is the Digital Sales Center strategy workbench.
package main

import (
	"os"

	"github.com/dsc-workbench/dsc/internal/iostreams"
)

func main() { os.Exit(Main(os.Args[1:], iostreams.System())) }
