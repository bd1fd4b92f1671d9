package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/templates"
)

// InitOptions holds what `dsc init` needs.
type InitOptions struct {
	IO       *iostreams.IOStreams
	Dir      string
	Template string
	Force    bool
}

// NewCmdInit builds `dsc init`.
func NewCmdInit(f *cmdutil.Factory, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{IO: f.IOStreams}
	cmd := &cobra.Command{
		Use:   "init DIR",
		Short: "Create a workspace from a template",
		Long: `Write a new workspace into DIR from an embedded template: "blank" (the
structure and comments only: dsc.yaml and catalog.yaml to fill in; validate
says what is still missing, and no sample content can reach a client report),
"starter" (a small filled-in workspace with every file, to try the commands) or
one of the complete example engagements. Existing files are never overwritten
unless --force is given.`,
		Example: `  dsc init acme
  dsc init try --template starter
  dsc init demo --template automotive-aftermarket`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return cmdutil.FlagErrorf("init needs exactly one folder, e.g. dsc init acme")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = args[0]
			if _, err := templates.FS(opts.Template); err != nil {
				return cmdutil.UnknownValue("template", opts.Template, templates.Names())
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Template, "template", "t", "blank", "template: "+strings.Join(templates.Names(), ", "))
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite files that already exist")
	_ = cmd.RegisterFlagCompletionFunc("template", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return templates.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func initRun(opts *InitOptions) error {
	src, err := templates.FS(opts.Template)
	if err != nil {
		return err
	}
	var files []string
	err = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read template %s: %w", opts.Template, err)
	}
	if !opts.Force {
		var clash []string
		for _, p := range files {
			if _, err := os.Stat(filepath.Join(opts.Dir, filepath.FromSlash(p))); err == nil {
				clash = append(clash, filepath.Join(opts.Dir, filepath.FromSlash(p)))
			}
		}
		if len(clash) > 0 {
			return fmt.Errorf("%s already exist; nothing was written (use --force to overwrite)", strings.Join(clash, ", "))
		}
	}
	for _, p := range files {
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return fmt.Errorf("read template file %s: %w", p, err)
		}
		dst := filepath.Join(opts.Dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("create %s: %w", filepath.Dir(dst), err)
		}
		if err := atomicfile.WriteFile(dst, data); err != nil {
			return err
		}
	}
	cs := opts.IO.ColorScheme()
	fmt.Fprintf(opts.IO.Out, "%s Created workspace %s from template %q (%d files)\n", cs.Green("✓"), opts.Dir, opts.Template, len(files))
	fmt.Fprintf(opts.IO.Out, "Next: edit %s and %s, then run: dsc validate --workspace %s\n",
		filepath.Join(opts.Dir, "dsc.yaml"), filepath.Join(opts.Dir, "catalog.yaml"), opts.Dir)
	return nil
}
