package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dsc-workbench/dsc/examples"
	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/diag"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

const rootLong = `dsc turns a folder of versionable YAML and survey exports into the numbers and
deliverables of a Digital Sales Center engagement.

The workflow follows the three phases of a DSC project:
  1. Strategy        collect features in catalog.yaml, score customer surveys with
                     the Kano model (dsc kano, dsc workshop kano), map them along
                     the journey (dsc journey), hold them against competitors,
                     trends and what the client has today (dsc market)
  2. Requirements    assess readiness (dsc readiness, dsc workshop readiness) and
                     the capabilities the target picture needs (dsc capabilities)
  3. Implementation  regenerate the target picture, the seven-step roadmap and the
                     client report as Excel, offline HTML and JSON (dsc report)

Start with "dsc init my-client" or try any command with --example ` + "automotive-aftermarket" + `.`

// NewRootCmd wires every command.
func NewRootCmd(f *cmdutil.Factory) *cobra.Command {
	var noColor bool
	root := &cobra.Command{
		Use:           "dsc <command> [flags]",
		Short:         "Digital Sales Center strategy workbench",
		Long:          rootLong,
		SilenceErrors: true,
		SilenceUsage:  true,
		Example: `  dsc report --example automotive-aftermarket --out report
  dsc init acme
  dsc validate --workspace acme
  dsc kano --workspace acme --format json`,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			f.SetRunning(cmd)
			f.WorkspaceGiven = cmd.Flags().Changed("workspace")
			if noColor {
				f.IOStreams.DisableColor()
			}
			if f.WorkspaceGiven && f.Example != "" {
				return cmdutil.FlagErrorf("use --workspace or --example, not both")
			}
			return nil
		},
	}
	root.SetIn(f.IOStreams.In)
	root.SetOut(f.IOStreams.Out)
	root.SetErr(f.IOStreams.ErrOut)
	pf := root.PersistentFlags()
	pf.StringVarP(&f.WorkspaceDir, "workspace", "w", ".", "workspace `folder` holding dsc.yaml")
	pf.StringVar(&f.Example, "example", "", "run on an embedded example instead of a folder: "+strings.Join(examples.Names(), ", "))
	pf.BoolVar(&noColor, "no-color", false, "never colour the output (also when NO_COLOR is set)")
	_ = root.RegisterFlagCompletionFunc("example", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return examples.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &cmdutil.FlagError{Err: suggestFlag(cmd, err)}
	})

	root.AddCommand(
		NewCmdVersion(f, nil),
		NewCmdValidate(f, nil),
		NewCmdInit(f, nil),
		NewCmdKano(f, nil),
		NewCmdSurvey(f),
		NewCmdJourney(f, nil),
		NewCmdReadiness(f, nil),
		NewCmdCapabilities(f, nil),
		NewCmdRoadmap(f, nil),
		NewCmdMarket(f, nil),
		NewCmdReport(f, nil),
		NewCmdDiff(f, nil),
		NewCmdWorkshop(f),
	)
	return root
}

// Main runs dsc with args and returns the exit code: 0 success, 1 invalid
// input, 2 usage error, 3 changes dsc diff --fail-on names, 130 cancelled
// (Ctrl-C or SIGTERM).
func Main(args []string, ios *iostreams.IOStreams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return execute(ctx, args, ios, interruptGrace)
}

// interruptGrace is how long an interrupted command may take to stop by
// itself before dsc removes its unfinished files and exits anyway.
const interruptGrace = 500 * time.Millisecond

// execute runs the command for args. When ctx is cancelled, output files
// can no longer be committed (atomicfile.Cleanup removes the unfinished
// ones), and after grace dsc returns 130 whether or not the command has
// noticed: reading a large survey or rendering a workbook does not check
// for Ctrl-C. Commands annotated cmdutil.WaitOnInterrupt (the workshops,
// which restore the terminal and close their journals) are waited for.
func execute(ctx context.Context, args []string, ios *iostreams.IOStreams, grace time.Duration) int {
	f := &cmdutil.Factory{IOStreams: ios, Version: buildVersion()}
	root := NewRootCmd(f)
	root.SetArgs(args)
	type outcome struct {
		cmd *cobra.Command
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		cmd, err := root.ExecuteContextC(ctx)
		done <- outcome{cmd, err}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-ctx.Done():
		if f.WaitOnInterrupt() {
			o = <-done
			break
		}
		atomicfile.Cleanup()
		select {
		case o = <-done:
		case <-time.After(grace):
			o.err = cmdutil.ErrCancel
		}
	}
	if ctx.Err() != nil && !errors.Is(o.err, cmdutil.ErrCancel) {
		ios.StopProgress()
		o.err = cmdutil.ErrCancel
	}
	return exitCode(ios, o.cmd, o.err)
}

func exitCode(ios *iostreams.IOStreams, cmd *cobra.Command, err error) int {
	if err == nil {
		return cmdutil.ExitOK
	}
	cs := ios.ColorScheme()
	var flagErr *cmdutil.FlagError
	var inputErr *diag.Error
	var missing *workspace.MissingFileError
	switch {
	case errors.Is(err, cmdutil.ErrCancel), errors.Is(err, context.Canceled):
		return cmdutil.ExitCancel
	case errors.Is(err, cmdutil.ErrSilent):
		return cmdutil.ExitInvalid
	case errors.Is(err, cmdutil.ErrChanges):
		return cmdutil.ExitChanges
	case errors.As(err, &flagErr) || isCobraUsageError(err):
		fmt.Fprintf(ios.ErrOut, "%s %s\n", cs.Red("error:"), err)
		name := "dsc"
		if cmd != nil {
			name = cmd.CommandPath()
		}
		fmt.Fprintf(ios.ErrOut, "Run '%s --help' for usage.\n", name)
		return cmdutil.ExitUsage
	case errors.As(err, &inputErr):
		printProblems(ios, inputErr.Problems)
		return cmdutil.ExitInvalid
	case errors.As(err, &missing):
		fmt.Fprintf(ios.ErrOut, "%s %s\n", cs.Red("error:"), err)
		return cmdutil.ExitInvalid
	}
	fmt.Fprintf(ios.ErrOut, "%s %s\n", cs.Red("error:"), err)
	return cmdutil.ExitInvalid
}

// printProblems writes one problem per line, then a count.
func printProblems(ios *iostreams.IOStreams, ps []diag.Problem) {
	cs := ios.ColorScheme()
	for _, p := range ps {
		fmt.Fprintln(ios.ErrOut, p.String())
	}
	noun := "problems"
	if len(ps) == 1 {
		noun = "problem"
	}
	fmt.Fprintln(ios.ErrOut, cs.Red(fmt.Sprintf("%d %s found", len(ps), noun)))
}

// suggestFlag adds the closest flag of cmd to cobra's "unknown flag: --x"
// (cobra suggests commands, not flags): "--fromat" names "--format".
func suggestFlag(cmd *cobra.Command, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return err
	}
	var names []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	if s := diag.Suggest(name, names); s != "" {
		return fmt.Errorf("%w; did you mean --%s?", err, s)
	}
	return err
}

// isCobraUsageError recognises the argument errors cobra builds itself.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
