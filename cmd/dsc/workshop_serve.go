package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"github.com/dsc-workbench/dsc/internal/atomicfile"
	"github.com/dsc-workbench/dsc/internal/cmdutil"
	"github.com/dsc-workbench/dsc/internal/iostreams"
	"github.com/dsc-workbench/dsc/internal/workshop"
	"github.com/dsc-workbench/dsc/internal/workshop/console"
	"github.com/dsc-workbench/dsc/internal/workshop/server"
	"github.com/dsc-workbench/dsc/internal/workspace"
)

// ServeOptions holds what `dsc workshop serve` needs.
type ServeOptions struct {
	IO               *iostreams.IOStreams
	Workspace        func() (*workspace.Workspace, error)
	Kind             string
	Listen           string
	LAN              bool
	Code             string
	FacilitatorToken string
	JournalDir       string
	Features         []string
	Importance       bool
	Headless         bool
	NoColor          bool
}

// newCmdWorkshopServe builds `dsc workshop serve kano|readiness`.
func newCmdWorkshopServe(f *cmdutil.Factory, runF func(context.Context, *ServeOptions) error) *cobra.Command {
	opts := &ServeOptions{IO: f.IOStreams, Workspace: f.Workspace, Importance: true}
	var features string
	var noImportance bool
	cmd := &cobra.Command{
		Use:   "serve <kano|readiness>",
		Short: "Run a workshop for the whole room: participants answer on their phones, the projector shows the result live",
		Long: `Start a small web server on this laptop. Participants open the join URL on
their phones (or scan the QR code), type the join code and answer one question
per screen; every answer is on disk before their phone says "saved". The
projector shows /live: the Kano portfolio and category bars (readiness: the
radar with the spread between raters) forming as answers arrive, classified
exactly as dsc kano and dsc readiness do.

In a terminal, this terminal becomes the facilitator's console: who joined,
each participant's progress, opening and closing voting. Without a terminal it
runs headless for scripts and CI: it prints one JSON line
{"url", "code", "facilitator_token"} and logs to stderr.

The server listens on 127.0.0.1 unless --listen names an address or --lan
picks this laptop's address on the room's network. Stop it with Ctrl-C (or q
in the console); start it again to resume: every participant keeps their place.
The JSON API and what an attacker on the same Wi-Fi can and cannot do:
docs/workshop.md.`,
		Example: `  dsc workshop serve kano --workspace acme --lan
  dsc workshop serve readiness --workspace acme --listen 0.0.0.0:8080
  dsc workshop serve kano --example automotive-aftermarket --code DEMO42 </dev/null`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{workshop.KindKano, workshop.KindReadiness},
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] != workshop.KindKano && args[0] != workshop.KindReadiness {
				return cmdutil.UnknownValue("workshop", args[0], []string{workshop.KindKano, workshop.KindReadiness})
			}
			opts.Kind = args[0]
			if opts.LAN && cmd.Flags().Changed("listen") {
				return cmdutil.FlagErrorf("--lan and --listen both choose the address; give one")
			}
			if opts.Code != "" {
				opts.Code = server.NormalizeCode(opts.Code)
				if len(opts.Code) < 4 || len(opts.Code) > 16 {
					return cmdutil.FlagErrorf("--code must have 4 to 16 characters, got %q", opts.Code)
				}
			}
			if err := checkListen(opts.Listen); err != nil {
				return err
			}
			if opts.FacilitatorToken != "" && len(opts.FacilitatorToken) < 16 {
				return cmdutil.FlagErrorf("--facilitator-token must have 16 characters or more")
			}
			if features != "" {
				opts.Features = strings.Split(features, ",")
			}
			opts.Importance = !noImportance
			opts.JournalDir = journalDirFor(f, opts.JournalDir)
			opts.NoColor, _ = cmd.Flags().GetBool("no-color")
			opts.Headless = opts.Headless || !opts.IO.IsStdinTTY() || !opts.IO.IsStdoutTTY()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return workshopServeRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Listen, "listen", "127.0.0.1:8080", "`address` to listen on (host:port; port 0 picks a free one)")
	fl.BoolVar(&opts.LAN, "lan", false, "listen on this laptop's address on the local network, so phones in the room can join")
	fl.StringVar(&opts.Code, "code", "", "the join code participants type (default: random, kept across restarts)")
	fl.StringVar(&opts.FacilitatorToken, "facilitator-token", "", "the facilitator's token for /live and the API (default: random, kept across restarts)")
	fl.StringVar(&opts.JournalDir, "journal-dir", "", "folder of the journals (default: the workspace's workshops/)")
	fl.StringVar(&features, "features", "", "Kano: ask only these catalog entries (comma-separated ids)")
	fl.BoolVar(&noImportance, "no-importance", false, "Kano: do not ask the importance question")
	fl.BoolVar(&opts.Headless, "headless", false, "no console even in a terminal: print the JSON line and log to stderr")
	return cmd
}

// serveState keeps the join code and facilitator token across restarts, so
// a restarted server keeps the QR code the room scanned and the /live link.
type serveState struct {
	Code             string         `json:"code"`
	FacilitatorToken string         `json:"facilitator_token"`
	Voting           *server.Voting `json:"voting,omitempty"`
}

func loadServeState(path string) serveState {
	var st serveState
	if b, err := os.ReadFile(path); err == nil {
		json.Unmarshal(b, &st)
	}
	return st
}

func saveServeState(path string, st serveState) error {
	// It holds the facilitator token: owner only, synced, never half written.
	b, _ := json.MarshalIndent(st, "", "  ")
	return atomicfile.WritePrivate(path, append(b, '\n'))
}

func workshopServeRun(ctx context.Context, opts *ServeOptions) error {
	ws, err := opts.Workspace()
	if err != nil {
		return err
	}
	var plan workshop.Plan
	if opts.Kind == workshop.KindKano {
		plan, err = workshop.KanoPlan(ws, "", "", opts.Features, opts.Importance)
	} else {
		plan, err = workshop.ReadinessQuestions(ws)
	}
	if err != nil {
		return planError(err)
	}
	if err := os.MkdirAll(opts.JournalDir, 0o755); err != nil {
		return fmt.Errorf("create journal folder: %w", err)
	}
	statePath := filepath.Join(opts.JournalDir, "serve-"+opts.Kind+".json")
	st := loadServeState(statePath)
	if opts.Code != "" {
		st.Code = opts.Code
	}
	if opts.FacilitatorToken != "" {
		st.FacilitatorToken = opts.FacilitatorToken
	}
	if st.Code == "" {
		st.Code = server.NewCode()
	}
	if len(st.FacilitatorToken) < 16 {
		st.FacilitatorToken = server.NewToken()
	}
	if err := saveServeState(statePath, st); err != nil {
		return fmt.Errorf("save %s: %w", statePath, err)
	}

	addr := opts.Listen
	if opts.LAN {
		ip, err := lanAddress()
		if err != nil {
			return err
		}
		_, port, _ := net.SplitHostPort(opts.Listen)
		addr = net.JoinHostPort(ip, port)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (another server on that port? use --listen HOST:PORT)", addr, err)
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		if lan, err := lanAddress(); err == nil {
			host = lan
		} else {
			host = "127.0.0.1"
		}
	}
	joinURL := "http://" + net.JoinHostPort(host, port) + "/"

	logs := newLogSink(opts.IO, opts.Headless)
	srv, err := server.New(server.Config{Workspace: ws, Plan: plan, JournalDir: opts.JournalDir, Code: st.Code,
		FacilitatorToken: st.FacilitatorToken, JoinURL: joinURL, Logf: logs.logf, Voting: st.Voting,
		OnVoting: func(v server.Voting) {
			// Keep open and closed parts across a restart.
			st.Voting = &v
			if err := saveServeState(statePath, st); err != nil {
				logs.logf("could not save the voting state: %v", err)
			}
		}})
	if err != nil {
		ln.Close()
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 16 << 10,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()

	liveURL := strings.TrimSuffix(joinURL, "/") + "/live?token=" + st.FacilitatorToken
	var runErr error
	if opts.Headless {
		line, _ := json.Marshal(map[string]string{"url": joinURL, "code": st.Code, "facilitator_token": st.FacilitatorToken})
		fmt.Fprintln(opts.IO.Out, string(line))
		logs.logf("serving the %s workshop of %s at %s (projector: %s)", opts.Kind, ws.Config.Client, joinURL, strings.TrimSuffix(joinURL, "/")+"/live")
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM)
		defer signal.Stop(sig)
		select {
		case <-ctx.Done():
			runErr = cmdutil.ErrCancel
		case <-sig:
		case err := <-served:
			runErr = err
		}
	} else {
		if opts.NoColor || !opts.IO.ColorEnabled() {
			lipgloss.SetColorProfile(termenv.Ascii)
		}
		m := console.New(srv, console.Info{Kind: opts.Kind, Client: ws.Config.Client, JoinURL: joinURL, JoinLink: srv.JoinLink(),
			Code: st.Code, LiveURL: liveURL, Lang: ws.Config.Language})
		in, _ := opts.IO.In.(*os.File)
		out, _ := opts.IO.Out.(*os.File)
		p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(in), tea.WithOutput(out), tea.WithContext(ctx))
		logs.attach(p)
		if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
			runErr = fmt.Errorf("console: %w", err)
		} else if ctx.Err() != nil {
			runErr = cmdutil.ErrCancel
		}
		logs.detach()
	}
	cancel()
	shutdown, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	hs.Shutdown(shutdown)
	if err := srv.Close(); err != nil && runErr == nil {
		runErr = err
	}
	fmt.Fprintf(opts.IO.ErrOut, "workshop stopped; answers are in %s (dsc workshop export writes them into the workspace)\n", opts.JournalDir)
	if errors.Is(runErr, http.ErrServerClosed) {
		runErr = nil
	}
	return runErr
}

// lanAddress is this machine's IPv4 address on a local network: the first
// private address of an interface that is up and not the loopback.
func lanAddress() (string, error) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return "", err
	}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && n.IP.IsPrivate() {
				return n.IP.String(), nil
			}
		}
	}
	return "", fmt.Errorf("no local network address found; connect to the room's Wi-Fi or give --listen ADDRESS:PORT")
}

// logSink sends the server's log lines to stderr when headless, and to the
// console (never straight to a terminal the console draws on) otherwise.
type logSink struct {
	mu       sync.Mutex
	io       *iostreams.IOStreams
	headless bool
	p        *tea.Program
	pending  []string
}

func newLogSink(io *iostreams.IOStreams, headless bool) *logSink {
	return &logSink{io: io, headless: headless}
}

func (l *logSink) logf(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.headless:
		fmt.Fprintf(l.io.ErrOut, "%s %s\n", time.Now().Format("15:04:05"), line)
	case l.p != nil:
		go l.p.Send(console.LogMsg(line))
	default:
		l.pending = append(l.pending, line)
	}
}

func (l *logSink) attach(p *tea.Program) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.p = p
	for _, line := range l.pending {
		go p.Send(console.LogMsg(line))
	}
	l.pending = nil
}

func (l *logSink) detach() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.p = nil
	l.headless = true
}
