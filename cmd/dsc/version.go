package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
)

// VersionOptions holds what `dsc version` needs.
type VersionOptions struct {
	IO      *iostreams.IOStreams
	Version string
}

// NewCmdVersion builds `dsc version`.
func NewCmdVersion(f *cmdutil.Factory, runF func(*VersionOptions) error) *cobra.Command {
	opts := &VersionOptions{IO: f.IOStreams}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the dsc version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Version = f.Version
			if runF != nil {
				return runF(opts)
			}
			_, err := fmt.Fprintf(opts.IO.Out, "dsc %s (%s, %s/%s)\n", opts.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
