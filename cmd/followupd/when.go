package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/config"
	"github.com/followupd/followupd/internal/schedule"
)

// whenOutput is what "followupd when" prints: one JSON object.
type whenOutput struct {
	SendAt   string  `json:"send_at"`
	Deadline *string `json:"deadline"`
	Late     bool    `json:"late"`
	Reason   string  `json:"reason"`
}

// cmdWhen is the "when" subcommand: it runs schedule.Plan on the command
// line's event and prints when the follow-up would be sent, so that the
// owner (and the tests) can check the send-window policy without a mailbox.
func cmdWhen(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("when", "", stderr)
	kind := fs.String("kind", "", `"thank-you" or "feedback" (required)`)
	event := fs.String("event", "", "RFC 3339 time with offset: the interview's end (thank-you) or when the rejection arrived (feedback) (required)")
	tz := fs.String("tz", "", "the recipient's IANA time zone, e.g. America/Toronto (required without --config; else the owner's timezone)")
	country := fs.String("country", "", "ISO 3166 country (or region, e.g. DE-BY) whose public holidays apply (default: the zone's region or country, else the owner's country)")
	approved := fs.String("approved", "", "RFC 3339 time the owner approved the draft (default: not yet)")
	cfgPath := fs.String("config", "", "config file whose [schedule] and [owner] apply (default: built-in defaults)")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: followupd when --kind thank-you|feedback --event TIME --tz ZONE [--country CC] [--approved TIME] [--config FILE]\n\n")
		fmt.Fprintf(w, "Prints when a follow-up would be sent, as one JSON object:\n")
		fmt.Fprintf(w, "  {\"send_at\": TIME in the recipient's zone, \"deadline\": TIME or null, \"late\": BOOL, \"reason\": TEXT}\n\n")
		fmt.Fprintf(w, "Business hours are read on the recipient's wall clock, minus the public holidays\n")
		fmt.Fprintf(w, "of its country. Holidays are known for:\n  %s\n", strings.Join(schedule.HolidayCountries(), " "))
		fmt.Fprintf(w, "and for these regions (from the zone where it lies in one, e.g. Australia/Melbourne,\n")
		fmt.Fprintf(w, "America/Toronto, America/Phoenix; else with --country, e.g. US-MA, GB-SCT):\n  %s\n", strings.Join(schedule.HolidayRegions(), " "))
		fmt.Fprintf(w, "Other countries get the business days and hours only.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "followupd when: "+format+"\n", a...)
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q: every value goes with a flag (see --help)", fs.Arg(0))
	}

	policy := schedule.DefaultPolicy()
	var ownerZone, ownerCountry string
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			return fail("%v", err)
		}
		policy = cfg.Policy()
		ownerZone, ownerCountry = string(cfg.Owner.Timezone), string(cfg.Owner.Country)
	}

	if *kind == "" {
		return fail("--kind is required: %q or %q", schedule.ThankYou, schedule.Feedback)
	}
	k, err := schedule.ParseKind(*kind)
	if err != nil {
		return fail("--kind: %v", err)
	}
	if *event == "" {
		return fail("--event is required: an RFC 3339 time such as 2026-03-04T15:00:00-05:00")
	}
	ev, err := parseRFC3339("--event", *event)
	if err != nil {
		return fail("%v", err)
	}
	var appr time.Time
	if *approved != "" {
		if appr, err = parseRFC3339("--approved", *approved); err != nil {
			return fail("%v", err)
		}
	}

	zone := *tz
	if zone == "" {
		zone = ownerZone
	}
	if zone == "" {
		return fail("--tz is required (or --config with an owner timezone): an IANA zone such as America/Toronto")
	}
	if zone == "Local" {
		return fail("--tz %q: want an IANA zone name such as America/Toronto, not the machine's zone", zone)
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return fail("--tz %q: unknown time zone: want an IANA zone name such as America/Toronto or Europe/Berlin", zone)
	}

	cc := strings.TrimSpace(*country)
	switch {
	case cc != "":
		if cc, err = schedule.CheckRegion(cc); err != nil {
			return fail("--country %v", err)
		}
	case schedule.RegionForZone(zone) != "":
		cc = schedule.RegionForZone(zone)
	default:
		cc = ownerCountry
	}

	slot, err := schedule.Plan(schedule.Request{Kind: k, Event: ev, Zone: loc, Country: cc, Approved: appr}, policy)
	if err != nil {
		return fail("%v", err)
	}
	out := whenOutput{SendAt: slot.SendAt.Format(time.RFC3339), Late: slot.Late, Reason: slot.Reason}
	if !slot.Deadline.IsZero() {
		d := slot.Deadline.Format(time.RFC3339)
		out.Deadline = &d
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "followupd when: %v\n", err)
		return exitFail
	}
	return exitOK
}

// parseRFC3339 reads a time that must carry its offset: a bare local time
// would be read in some zone nobody chose.
func parseRFC3339(flagName, s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q: want an RFC 3339 time with its offset, such as 2026-03-04T15:00:00-05:00 or 2026-03-04T20:00:00Z", flagName, s)
	}
	return t, nil
}
