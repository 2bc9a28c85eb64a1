package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/followupd/followupd/internal/daemon"
	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/imapwatch"
	"github.com/followupd/followupd/internal/store"
)

// statusReport is `followupd status --json`.
type statusReport struct {
	Applications []appStatus     `json:"applications"`
	Pending      []pendingStatus `json:"pending"`
	// Recent are the follow-ups sent or cancelled in the last two weeks,
	// newest first: "did my note to James go?"
	Recent    []recentStatus  `json:"recent"`
	Unsure    []unsureStatus  `json:"unsure"`
	Watcher   []watcherStatus `json:"watcher"`
	WatcherAt *time.Time      `json:"watcher_updated_at"`
	Store     storeStatus     `json:"store"`
}

// storeStatus is the store's disk: while it is full the daemon can record
// nothing, so it sends nothing.
type storeStatus struct {
	Path      string `json:"path"`
	FreeBytes uint64 `json:"free_bytes"`
	// Full: less than lowSpace is free on the store's file system.
	Full bool `json:"full"`
	// LastWriteFailure is the last time the daemon could not write the
	// store, once it could again.
	LastWriteFailure *daemon.StoreRecord `json:"last_write_failure"`
}

// lowSpace is the free space under which the store's disk counts as full:
// SQLite grows its files by whole pages, and a day's mail takes more.
const lowSpace = 256 << 10

// unsureStatus is one message followupd is unsure of, waiting for the
// owner's answer to the daily question.
type unsureStatus struct {
	ID         int64     `json:"id"`
	From       string    `json:"from"`
	Subject    string    `json:"subject"`
	ReceivedAt time.Time `json:"received_at"`
	Kind       string    `json:"kind"` // what followupd thought
	Confidence float64   `json:"confidence"`
	Doubt      string    `json:"doubt"` // job_other, low_confidence, no_time, no_interviewer
	Asked      int       `json:"asked"` // questions it appeared in
}

type appStatus struct {
	Company   string    `json:"company"`
	Role      string    `json:"role"`
	Reference string    `json:"reference"`
	Stage     string    `json:"stage"`
	LastEvent string    `json:"last_event"`
	Updated   time.Time `json:"updated_at"`
	// DecidesBy is the day ("2006-01-02") by which the employer said it
	// would decide or come back; null when it named none.
	DecidesBy *string `json:"decides_by"`
}

type pendingStatus struct {
	ID        int64      `json:"id"`
	Kind      string     `json:"kind"`
	State     string     `json:"state"`
	Company   string     `json:"company"`
	Recipient *string    `json:"recipient"` // null until one is known
	SendAt    *time.Time `json:"send_at"`
	AskAt     *time.Time `json:"ask_owner_at"`
	Late      bool       `json:"late"`
	LastError string     `json:"last_error"`
}

type recentStatus struct {
	ID        int64     `json:"id"`
	Kind      string    `json:"kind"`
	State     string    `json:"state"` // sent or cancelled
	Company   string    `json:"company"`
	Recipient *string   `json:"recipient"`
	Subject   string    `json:"subject"`
	At        time.Time `json:"at"` // when it was sent, or cancelled
}

// recentDays is how far back status shows letters sent or cancelled.
const recentDays = 14

type watcherStatus struct {
	Role      string     `json:"role"`
	Mailbox   string     `json:"mailbox"`
	State     string     `json:"state"`
	Since     time.Time  `json:"since"`
	LastError string     `json:"last_error"`
	NextRetry *time.Time `json:"next_retry"`
	LastSync  *time.Time `json:"last_sync"`
	// Scan is how far a long scan under way is (the first one above all).
	Scan *scanStatus `json:"scan,omitempty"`
}

type scanStatus struct {
	First                  bool      `json:"first"`
	Done                   int       `json:"done"`
	Total                  int       `json:"total"`
	PerSecond              float64   `json:"per_second"`
	Started                time.Time `json:"started"`
	imapwatch.ScanProgress `json:"-"`
}

// cmdStatus shows the pipeline at a glance, read from the store, so it
// works while the daemon runs.
func cmdStatus(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("status", "", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	cfg, code, done := parseConfig(fs, args, stdout)
	if done {
		return code
	}
	if _, err := os.Stat(cfg.StorePath()); err != nil {
		fmt.Fprintf(stderr, "followupd status: no store at %s yet: start the daemon first (followupd run)\n", cfg.StorePath())
		return exitFail
	}
	st, err := store.Open(ctx, cfg.StorePath())
	if err != nil {
		fmt.Fprintf(stderr, "followupd status: %v\n", err)
		return exitFail
	}
	defer st.Close()
	rep, err := buildStatus(ctx, st, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "followupd status: %v\n", err)
		return exitFail
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return exitFail
		}
		return exitOK
	}
	printStatus(stdout, rep, cfg.OwnerLocation())
	return exitOK
}

// interviewsOver tells, in one transaction, which applications waiting
// for an interview have had every interview still on end by now.
func interviewsOver(ctx context.Context, st *store.Store, apps []followup.Application, now time.Time) (map[int64]bool, error) {
	over := map[int64]bool{}
	err := st.Tx(ctx, func(tx *store.Tx) error {
		for _, a := range apps {
			if a.Stage != followup.InterviewScheduled {
				continue
			}
			ivs, err := tx.UpcomingInterviews(a.ID)
			if err != nil {
				return err
			}
			done := len(ivs) > 0
			for _, iv := range ivs {
				if iv.End.After(now) {
					done = false
				}
			}
			over[a.ID] = done
		}
		return nil
	})
	return over, err
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func buildStatus(ctx context.Context, st *store.Store, now time.Time) (statusReport, error) {
	rep := statusReport{Applications: []appStatus{}, Pending: []pendingStatus{}, Recent: []recentStatus{}, Watcher: []watcherStatus{}, Unsure: []unsureStatus{}}
	apps, err := st.Applications(ctx)
	if err != nil {
		return rep, err
	}
	over, err := interviewsOver(ctx, st, apps, now)
	if err != nil {
		return rep, err
	}
	company := map[int64]string{}
	for _, a := range apps {
		company[a.ID] = a.Company
		stage := string(a.Stage)
		if over[a.ID] {
			stage = "interviewed" // the interview took place; no news since
		}
		var by *string
		if !a.StatedBy.IsZero() {
			by = strPtr(a.StatedBy.Format("2006-01-02"))
		}
		rep.Applications = append(rep.Applications, appStatus{a.Company, a.Role, a.Reference, stage, a.LastEvent, a.UpdatedAt, by})
	}
	fus, err := st.OpenFollowups(ctx)
	if err != nil {
		return rep, err
	}
	for _, f := range fus {
		sendAt := f.DueAt
		if f.NextAttemptAt.After(sendAt) {
			sendAt = f.NextAttemptAt // held back by a retry or the daily cap
		}
		p := pendingStatus{ID: f.ID, Kind: string(f.Kind), State: string(f.State), Company: company[f.ApplicationID],
			Recipient: strPtr(f.Recipient.Email), SendAt: timePtr(sendAt), Late: f.Late, LastError: f.LastError}
		if f.State == followup.Drafted {
			p.AskAt = timePtr(f.RequestAt)
		}
		rep.Pending = append(rep.Pending, p)
	}
	done, err := st.FinishedSince(ctx, now.AddDate(0, 0, -recentDays))
	if err != nil {
		return rep, err
	}
	for _, f := range done {
		at := f.UpdatedAt
		if f.State == followup.Sent && !f.SentAt.IsZero() {
			at = f.SentAt
		}
		rep.Recent = append(rep.Recent, recentStatus{ID: f.ID, Kind: string(f.Kind), State: string(f.State), Company: company[f.ApplicationID],
			Recipient: strPtr(f.Recipient.Email), Subject: f.Subject, At: at})
	}
	sort.SliceStable(rep.Recent, func(i, j int) bool { return rep.Recent[i].At.After(rep.Recent[j].At) })
	items, err := st.OpenItems(ctx)
	if err != nil {
		return rep, err
	}
	for _, it := range items {
		rep.Unsure = append(rep.Unsure, unsureStatus{ID: it.ID, From: it.From.String(), Subject: it.Subject, ReceivedAt: it.ReceivedAt,
			Kind: it.Kind, Confidence: it.Confidence, Doubt: string(it.Doubt), Asked: it.Asked})
	}
	v, at, err := st.Status(ctx, "watcher")
	if err != nil {
		return rep, err
	}
	if v != "" {
		var ws []imapwatch.Status
		if err := json.Unmarshal([]byte(v), &ws); err == nil {
			for _, s := range ws {
				w := watcherStatus{Role: string(s.Role), Mailbox: s.Mailbox, State: s.State, Since: s.Since, LastError: s.LastError,
					NextRetry: timePtr(s.NextRetry), LastSync: timePtr(s.LastSync)}
				if p := s.Scan; p != nil {
					w.Scan = &scanStatus{First: p.First, Done: p.Done, Total: p.Total, PerSecond: math.Round(p.Rate), Started: p.Started, ScanProgress: *p}
				}
				rep.Watcher = append(rep.Watcher, w)
			}
		}
		rep.WatcherAt = timePtr(at)
	}
	rep.Store = storeStatus{Path: st.Path()}
	var fs syscall.Statfs_t
	if err := syscall.Statfs(filepath.Dir(st.Path()), &fs); err == nil {
		rep.Store.FreeBytes = fs.Bavail * uint64(fs.Bsize)
		rep.Store.Full = rep.Store.FreeBytes < lowSpace
	}
	if v, _, err := st.Status(ctx, "store"); err == nil && v != "" {
		var r daemon.StoreRecord
		if json.Unmarshal([]byte(v), &r) == nil {
			rep.Store.LastWriteFailure = &r
		}
	}
	return rep, nil
}

func printStatus(w io.Writer, r statusReport, loc *time.Location) {
	when := func(t *time.Time) string {
		if t == nil {
			return "-"
		}
		return t.In(loc).Format("Mon 2 Jan 15:04 MST")
	}
	section := func(title string, rows [][]string, empty string) {
		fmt.Fprintln(w, title)
		if len(rows) == 0 {
			fmt.Fprintln(w, "  "+empty)
		}
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		for _, row := range rows {
			fmt.Fprintln(tw, "  "+strings.Join(row, "\t"))
		}
		_ = tw.Flush()
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Times are in your zone, %s.\n\n", loc)
	if r.Store.Full {
		fmt.Fprintf(w, "STORE\n  the disk holding %s is full (%d KB free): followupd cannot record what it does,\n  so it sends nothing until space is freed; it then resumes by itself.\n\n", r.Store.Path, r.Store.FreeBytes/1024)
	}
	var apps [][]string
	for _, a := range r.Applications {
		last := or(a.LastEvent, "-")
		if a.DecidesBy != nil {
			if d, err := time.Parse("2006-01-02", *a.DecidesBy); err == nil {
				last += "; they said they would answer by " + d.Format("Mon 2 Jan")
			}
		}
		apps = append(apps, []string{or(a.Company, "-"), or(a.Role, "-"), strings.ReplaceAll(a.Stage, "_", " "), last})
	}
	section("APPLICATIONS", apps, "(none yet)")
	var pend [][]string
	for _, p := range r.Pending {
		var at string
		switch followup.State(p.State) {
		case followup.Drafted:
			at = "drafted; you will be asked " + when(p.AskAt)
			if followup.Kind(p.Kind) == followup.StatusCheck {
				at = "you will be asked " + when(p.AskAt) + " unless they write first"
			}
		case followup.AwaitingApproval:
			at = "awaiting your answer (planned " + when(p.SendAt) + ")"
		case followup.Scheduled:
			at = "approved; goes " + when(p.SendAt)
		case followup.Sending:
			at = "being sent"
		case followup.Unknown:
			at = "interrupted while sending: answer \"Did it go out?\""
		default:
			at = strings.ReplaceAll(p.State, "_", " ")
		}
		if p.Late {
			at += " (late)"
		}
		if p.LastError != "" {
			at += "; last error: " + p.LastError
		}
		pend = append(pend, []string{fmt.Sprintf("#%d %s", p.ID, p.Kind), or(p.Company, "-"), deref(p.Recipient, "(nobody yet)"), at})
	}
	section("PENDING FOLLOW-UPS", pend, "(none)")
	var recent [][]string
	for _, p := range r.Recent {
		recent = append(recent, []string{fmt.Sprintf("#%d %s", p.ID, p.Kind), or(p.Company, "-"), deref(p.Recipient, "-"), p.State + " " + when(&p.At)})
	}
	section(fmt.Sprintf("SENT OR CANCELLED, LAST %d DAYS", recentDays), recent, "(none)")
	var unsure [][]string
	for _, u := range r.Unsure {
		asked := "not asked yet"
		if u.Asked > 0 {
			asked = fmt.Sprintf("asked %d×", u.Asked)
		}
		unsure = append(unsure, []string{u.From, fmt.Sprintf("%q", u.Subject), when(&u.ReceivedAt),
			followup.Doubt(u.Doubt).Text() + fmt.Sprintf(" (read as %s, %d%%)", u.Kind, int(u.Confidence*100+0.5)), asked})
	}
	section("UNSURE: ASKED IN \"DID I READ THESE RIGHT?\"", unsure, "(none)")
	var ws [][]string
	for _, s := range r.Watcher {
		state := s.State + " since " + when(&s.Since)
		if s.LastError != "" {
			state += ": " + s.LastError
		}
		if s.NextRetry != nil {
			state += "; next try " + when(s.NextRetry)
		}
		if s.Scan != nil {
			state += "; " + s.Scan.ScanProgress.String()
		}
		ws = append(ws, []string{s.Role, or(s.Mailbox, "-"), state})
	}
	section("MAILBOX WATCHER", ws, "(never started)")
	if f := r.Store.LastWriteFailure; f != nil {
		fmt.Fprintf(w, "The store could not be written from %s to %s (%s); nothing was sent meanwhile.\n", when(&f.FailedFrom), when(&f.FailedTo), f.Problem)
	}
}

func deref(s *string, empty string) string {
	if s == nil {
		return empty
	}
	return *s
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
