// Package config reads followupd's TOML configuration strictly: an unknown
// key, a wrong type or an invalid value is an error that names the key and
// its line and says what is allowed, because a daemon that guesses at a
// misspelt setting may write to the wrong person at the wrong time.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/followupd/followupd/internal/schedule"
)

// Config is the whole configuration, one field per TOML table.
type Config struct {
	Owner     Owner     `toml:"owner"`
	IMAP      IMAP      `toml:"imap"`
	SMTP      SMTP      `toml:"smtp"`
	Schedule  Schedule  `toml:"schedule"`
	Approval  Approval  `toml:"approval"`
	Drafts    Drafts    `toml:"drafts"`
	Questions Questions `toml:"questions"`
	Digest    Digest    `toml:"digest"`
	Store     Store     `toml:"store"`
	Log       Log       `toml:"log"`

	// Path is the file the config was read from ("" for built-in values).
	Path string `toml:"-"`
}

// Owner describes the job seeker: who drafts are signed by, where approval
// requests go, and the zone and country used when a recipient's are unknown.
type Owner struct {
	Name      string   `toml:"name"`
	Email     string   `toml:"email"`
	Aliases   []string `toml:"aliases"`
	Timezone  Zone     `toml:"timezone"`
	Country   Country  `toml:"country"`
	Signature string   `toml:"signature"`
	Phone     string   `toml:"phone"`
	// Languages are the languages (ISO 639-1) the owner is willing to write
	// letters in; a letter to a thread in another language is written in
	// English. Empty: every language followupd writes.
	Languages []Language `toml:"languages"`
}

// LetterLanguages returns Languages as plain codes, for
// compose.LetterLanguage.
func (o Owner) LetterLanguages() []string {
	out := make([]string, 0, len(o.Languages))
	for _, l := range o.Languages {
		out = append(out, string(l))
	}
	return out
}

// Credentials are the ways a password or token may be given; at most one
// of them may be set (SMTP without a username needs none).
type Credentials struct {
	Password           string `toml:"password"`
	PasswordFile       string `toml:"password_file"`
	PasswordCommand    string `toml:"password_command"`
	OAuth2TokenCommand string `toml:"oauth2_token_command"`
}

// IMAP is the mailbox the daemon watches.
type IMAP struct {
	Host     string   `toml:"host"`
	Port     int      `toml:"port"`
	Security Security `toml:"security"`
	Username string   `toml:"username"`
	Credentials
	LookbackDays   int      `toml:"lookback_days"`
	IdleRenew      Duration `toml:"idle_renew"`
	PollInterval   Duration `toml:"poll_interval"`
	MaxMessageSize Size     `toml:"max_message_size"`
	WatchSent      bool     `toml:"watch_sent"`
}

// SMTP is the server drafts and approval requests are sent through.
type SMTP struct {
	Host     string   `toml:"host"`
	Port     int      `toml:"port"`
	Security Security `toml:"security"`
	Username string   `toml:"username"`
	Credentials
	// AppendSent says whether a sent follow-up is copied to the Sent
	// folder: "auto" (not for Gmail, which saves sent mail itself),
	// "always" or "never".
	AppendSent string `toml:"append_sent"`
	// BccSelf sends the owner a blind copy of every letter: a record in
	// the inbox, and the proof, after a crash mid-send, that a letter left.
	BccSelf bool `toml:"bcc_self"`
}

// Schedule holds the timing policy; see schedule.Policy.
type Schedule struct {
	BusinessDays     []string `toml:"business_days"`
	BusinessHours    string   `toml:"business_hours"`
	ThankYouDelay    Duration `toml:"thank_you_delay"`
	ThankYouMinDelay Duration `toml:"thank_you_min_delay"`
	ThankYouDeadline Duration `toml:"thank_you_deadline"`
	FeedbackDelay    Duration `toml:"feedback_delay"`
	DailySendCap     int      `toml:"daily_send_cap"`
}

// Approval says how drafts are approved.
type Approval struct {
	// Mode is "reply" (nothing leaves without the owner's reply) or
	// "auto" (sent when due unless the owner cancels).
	Mode string `toml:"mode"`
	// SecretFile holds the per-install key that signs approval tokens;
	// created on first start. "" puts it next to the store.
	SecretFile string `toml:"secret_file"`
}

// Drafts configures the texts of drafts.
type Drafts struct {
	// TemplatesDir holds the owner's template overrides ("" = built-in).
	TemplatesDir string `toml:"templates_dir"`
}

// Questions configures the daily question "Did I read these right?"
// about the mail followupd is unsure of.
type Questions struct {
	// Enabled: unsure mail is collected and asked about (default true).
	Enabled bool `toml:"enabled"`
	// At is the time of day, in the owner's zone, the question may go out,
	// at most once a day ("HH:MM"); "" is the start of business hours.
	At string `toml:"at"`
	// MinConfidence: a job kind read with less confidence than this is
	// asked about (0..1, default 0.8).
	MinConfidence float64 `toml:"min_confidence"`
}

// Digest configures the weekly digest to the owner (off unless set).
type Digest struct {
	// Weekly is the day and time of day, in the owner's zone, the digest
	// goes out ("mon 08:00"); "" sends none.
	Weekly string `toml:"weekly"`
}

// Store is where the SQLite database lives.
type Store struct {
	Path string `toml:"path"`
}

// Log configures logging.
type Log struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

// Defaults returns the configuration used for every key a file leaves out.
func Defaults() Config {
	p := schedule.DefaultPolicy()
	return Config{
		IMAP: IMAP{Port: 993, Security: "tls", LookbackDays: 14,
			IdleRenew: Duration(9 * time.Minute), PollInterval: Duration(2 * time.Minute),
			MaxMessageSize: 10 << 20, WatchSent: true},
		SMTP: SMTP{Port: 587, Security: "starttls", AppendSent: "auto", BccSelf: true},
		Schedule: Schedule{
			BusinessDays:     []string{"mon", "tue", "wed", "thu", "fri"},
			BusinessHours:    "09:00-17:00",
			ThankYouDelay:    Duration(p.ThankYouDelay),
			ThankYouMinDelay: Duration(p.ThankYouMinDelay),
			ThankYouDeadline: Duration(p.ThankYouDeadline),
			FeedbackDelay:    Duration(p.FeedbackDelay),
			DailySendCap:     20,
		},
		Approval:  Approval{Mode: "reply"},
		Questions: Questions{Enabled: true, MinConfidence: 0.8},
		Log:       Log{Level: "info", Format: "auto"},
	}
}

// Load reads and validates the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.Path = path
	return c, nil
}

// Parse decodes and validates TOML text.
func Parse(data []byte) (*Config, error) {
	c := Defaults()
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&c)
	if err != nil {
		return nil, tomlError(err, data)
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		return nil, &Error{Key: k.String(), Line: keyLine(data, k), Msg: "unknown key" + suggest(k)}
	}
	if err := c.validate(data); err != nil {
		return nil, err
	}
	return &c, nil
}

// Error is a configuration error that names the key and, where known, its
// line.
type Error struct {
	Key  string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s: %s", e.Line, e.Key, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Key, e.Msg)
}

func tomlError(err error, data []byte) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if secretKey(pe.LastKey) || secretLine(data, pe.Position.Line) {
			// The decoder quotes what it found: part of a password.
			msg = "the value cannot be read (it is not shown here: it is a secret); write it in double quotes, e.g. password = \"...\""
		}
		if pe.LastKey != "" {
			return &Error{Key: pe.LastKey, Line: pe.Position.Line, Msg: msg}
		}
		return fmt.Errorf("line %d: %s", pe.Position.Line, msg)
	}
	return err
}

// secretKey reports whether a key holds a secret, whose value no error may
// repeat.
func secretKey(key string) bool {
	name := key[strings.LastIndexByte(key, '.')+1:]
	return name == "password" || strings.Contains(name, "token") && !strings.HasSuffix(name, "_command")
}

// secretLine reports whether line n (from 1) of data sets a secret key.
func secretLine(data []byte, n int) bool {
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return false
	}
	k, _, ok := strings.Cut(lines[n-1], "=")
	return ok && secretKey(strings.Trim(strings.TrimSpace(k), `"'`))
}

// keyLine finds the line that sets key (a dotted path with its table), or 0.
func keyLine(data []byte, key toml.Key) int {
	if len(key) == 0 {
		return 0
	}
	table := strings.Join(key[:len(key)-1], ".")
	name := key[len(key)-1]
	cur := ""
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			cur = strings.Trim(strings.TrimSpace(strings.SplitN(t, "#", 2)[0]), "[] ")
			if len(key) == 1 && cur == name {
				return i + 1
			}
			continue
		}
		k, _, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if (cur == table && k == name) || (cur == "" && k == key.String()) {
			return i + 1
		}
	}
	return 0
}

var known = map[string][]string{
	"":          {"owner", "imap", "smtp", "schedule", "approval", "drafts", "questions", "digest", "store", "log"},
	"owner":     {"name", "email", "aliases", "timezone", "country", "signature", "phone", "languages"},
	"imap":      {"host", "port", "security", "username", "password", "password_file", "password_command", "oauth2_token_command", "lookback_days", "idle_renew", "poll_interval", "max_message_size", "watch_sent"},
	"smtp":      {"host", "port", "security", "username", "password", "password_file", "password_command", "oauth2_token_command", "append_sent", "bcc_self"},
	"schedule":  {"business_days", "business_hours", "thank_you_delay", "thank_you_min_delay", "thank_you_deadline", "feedback_delay", "daily_send_cap"},
	"approval":  {"mode", "secret_file"},
	"drafts":    {"templates_dir"},
	"questions": {"enabled", "at", "min_confidence"},
	"digest":    {"weekly"},
	"store":     {"path"},
	"log":       {"level", "format"},
}

// suggest names the allowed keys of the table an unknown key is in.
func suggest(k toml.Key) string {
	table := strings.Join(k[:len(k)-1], ".")
	keys, ok := known[table]
	if !ok {
		return ""
	}
	return "; allowed here: " + strings.Join(keys, ", ")
}

func (c *Config) validate(data []byte) error {
	bad := func(key, format string, args ...any) error {
		parts := strings.Split(key, ".")
		return &Error{Key: key, Line: keyLine(data, parts), Msg: fmt.Sprintf(format, args...)}
	}
	if c.Owner.Email == "" || !strings.Contains(c.Owner.Email, "@") {
		return bad("owner.email", "%q: want the owner's address, e.g. \"alex@example.com\"", c.Owner.Email)
	}
	for _, a := range c.Owner.Aliases {
		if !strings.Contains(a, "@") {
			return bad("owner.aliases", "%q: want an email address", a)
		}
	}
	if c.Owner.Timezone == "" {
		return bad("owner.timezone", "missing: want an IANA zone name such as \"Europe/Paris\"")
	}
	for _, s := range []struct {
		name string
		host string
		port int
		sec  Security
		user string
		cred Credentials
		need bool
	}{
		{"imap", c.IMAP.Host, c.IMAP.Port, c.IMAP.Security, c.IMAP.Username, c.IMAP.Credentials, true},
		{"smtp", c.SMTP.Host, c.SMTP.Port, c.SMTP.Security, c.SMTP.Username, c.SMTP.Credentials, c.SMTP.Username != ""},
	} {
		if s.host == "" {
			return bad(s.name+".host", "missing: want the server's host name")
		}
		if s.port <= 0 || s.port > 65535 {
			return bad(s.name+".port", "%d: want a port from 1 to 65535", s.port)
		}
		if s.sec == "none" && !IsLoopback(s.host) {
			return bad(s.name+".security", "\"none\" sends the password in clear: allowed only for a loopback host (127.0.0.1, ::1, localhost), not %q; want \"tls\" or \"starttls\"", s.host)
		}
		if s.name == "imap" && s.user == "" {
			return bad("imap.username", "missing: want the login name")
		}
		n := s.cred.count()
		if n > 1 {
			return bad(s.name+"."+s.cred.firstSet(), "set only one of password, password_file, password_command, oauth2_token_command")
		}
		if s.need && n == 0 {
			return bad(s.name+".password", "missing: set one of password, password_file, password_command, oauth2_token_command")
		}
		if !s.need && n > 0 {
			return bad(s.name+".username", "a password is set but no username: set the username, or remove the password to send without authentication")
		}
	}
	if c.IMAP.LookbackDays < 0 || c.IMAP.LookbackDays > 365 {
		return bad("imap.lookback_days", "%d: want 0 to 365", c.IMAP.LookbackDays)
	}
	if c.IMAP.IdleRenew < Duration(time.Minute) || c.IMAP.IdleRenew > Duration(29*time.Minute) {
		return bad("imap.idle_renew", "%s: want 1m to 29m (servers drop IDLE after 30 minutes, Gmail after about 10)", c.IMAP.IdleRenew)
	}
	if c.IMAP.PollInterval < Duration(10*time.Second) {
		return bad("imap.poll_interval", "%s: want at least 10s", c.IMAP.PollInterval)
	}
	if c.IMAP.MaxMessageSize < 64<<10 {
		return bad("imap.max_message_size", "%d bytes: want at least 64KB", c.IMAP.MaxMessageSize)
	}
	switch c.SMTP.AppendSent {
	case "auto", "always", "never":
	default:
		return bad("smtp.append_sent", "%q: want \"auto\", \"always\" or \"never\"", c.SMTP.AppendSent)
	}
	if _, err := schedule.ParseDays(c.Schedule.BusinessDays); err != nil {
		return bad("schedule.business_days", "%v", err)
	}
	if _, _, err := schedule.ParseHours(c.Schedule.BusinessHours); err != nil {
		return bad("schedule.business_hours", "%v", err)
	}
	if c.Questions.At != "" {
		if _, err := parseClock(c.Questions.At); err != nil {
			return bad("questions.at", "%v", err)
		}
	}
	if c.Digest.Weekly != "" {
		if _, _, err := parseWeekly(c.Digest.Weekly); err != nil {
			return bad("digest.weekly", "%v", err)
		}
	}
	if c.Questions.MinConfidence < 0 || c.Questions.MinConfidence > 1 {
		return bad("questions.min_confidence", "%v: want a number from 0 to 1, e.g. 0.8", c.Questions.MinConfidence)
	}
	for _, d := range []struct {
		key string
		v   Duration
	}{
		{"schedule.thank_you_delay", c.Schedule.ThankYouDelay},
		{"schedule.thank_you_min_delay", c.Schedule.ThankYouMinDelay},
		{"schedule.thank_you_deadline", c.Schedule.ThankYouDeadline},
		{"schedule.feedback_delay", c.Schedule.FeedbackDelay},
	} {
		if d.v < 0 || d.v > Duration(14*24*time.Hour) {
			return bad(d.key, "%s: want a duration from 0s to 336h", d.v)
		}
	}
	if c.Schedule.ThankYouMinDelay > c.Schedule.ThankYouDelay {
		return bad("schedule.thank_you_min_delay", "%s is longer than thank_you_delay (%s)", c.Schedule.ThankYouMinDelay, c.Schedule.ThankYouDelay)
	}
	if c.Schedule.ThankYouDeadline <= c.Schedule.ThankYouMinDelay {
		return bad("schedule.thank_you_deadline", "%s: must be longer than thank_you_min_delay (%s)", c.Schedule.ThankYouDeadline, c.Schedule.ThankYouMinDelay)
	}
	if c.Schedule.DailySendCap < 1 || c.Schedule.DailySendCap > 1000 {
		return bad("schedule.daily_send_cap", "%d: want 1 to 1000", c.Schedule.DailySendCap)
	}
	switch c.Approval.Mode {
	case "reply", "auto":
	default:
		return bad("approval.mode", "%q: want \"reply\" (nothing is sent without your reply) or \"auto\" (sent when due unless you cancel)", c.Approval.Mode)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return bad("log.level", "%q: want \"debug\", \"info\", \"warn\" or \"error\"", c.Log.Level)
	}
	switch c.Log.Format {
	case "auto", "text", "json", "journal":
	default:
		return bad("log.format", "%q: want \"auto\", \"text\", \"json\" or \"journal\"", c.Log.Format)
	}
	return nil
}

func (cr Credentials) count() int {
	n := 0
	for _, s := range []string{cr.Password, cr.PasswordFile, cr.PasswordCommand, cr.OAuth2TokenCommand} {
		if s != "" {
			n++
		}
	}
	return n
}

func (cr Credentials) firstSet() string {
	switch {
	case cr.Password != "":
		return "password"
	case cr.PasswordFile != "":
		return "password_file"
	case cr.PasswordCommand != "":
		return "password_command"
	}
	return "oauth2_token_command"
}

// IsLoopback reports whether host names this machine only (127.0.0.0/8,
// ::1 or localhost), the one place a clear-text connection is allowed.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Policy returns the timing policy the [schedule] table sets.
func (c *Config) Policy() schedule.Policy {
	p := schedule.DefaultPolicy()
	p.BusinessDays, _ = schedule.ParseDays(c.Schedule.BusinessDays)
	p.Open, p.Close, _ = schedule.ParseHours(c.Schedule.BusinessHours)
	p.ThankYouDelay = time.Duration(c.Schedule.ThankYouDelay)
	p.ThankYouMinDelay = time.Duration(c.Schedule.ThankYouMinDelay)
	p.ThankYouDeadline = time.Duration(c.Schedule.ThankYouDeadline)
	p.FeedbackDelay = time.Duration(c.Schedule.FeedbackDelay)
	return p
}

// QuestionTime is the time of day (from midnight, in the owner's zone)
// the daily question may go out: questions.at, else the start of business
// hours.
func (c *Config) QuestionTime() time.Duration {
	if d, err := parseClock(c.Questions.At); err == nil && c.Questions.At != "" {
		return d
	}
	open, _, _ := schedule.ParseHours(c.Schedule.BusinessHours)
	return open
}

// DigestTime returns the day and time of day (from midnight, in the
// owner's zone) of the weekly digest; ok is false when [digest] sets none.
func (c *Config) DigestTime() (day time.Weekday, at time.Duration, ok bool) {
	if c.Digest.Weekly == "" {
		return 0, 0, false
	}
	day, at, err := parseWeekly(c.Digest.Weekly)
	return day, at, err == nil
}

// parseWeekly reads "DAY HH:MM", the day a three-letter English name.
func parseWeekly(s string) (time.Weekday, time.Duration, error) {
	bad := fmt.Errorf("%q: want a day and a time of day, e.g. \"mon 08:00\"", s)
	f := strings.Fields(s)
	if len(f) != 2 {
		return 0, 0, bad
	}
	days, err := schedule.ParseDays(f[:1])
	if err != nil {
		return 0, 0, fmt.Errorf("%q: the day: %v", s, err)
	}
	at, err := parseClock(f[1])
	if err != nil {
		return 0, 0, fmt.Errorf("%q: the time: %v", s, err)
	}
	return days[0], at, nil
}

// parseClock reads "HH:MM" (00:00 to 23:59).
func parseClock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("%q: want a time of day HH:MM, e.g. \"09:00\"", s)
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

// OwnerLocation returns the owner's time zone.
func (c *Config) OwnerLocation() *time.Location {
	loc, err := time.LoadLocation(string(c.Owner.Timezone))
	if err != nil {
		return time.UTC // unreachable after validation
	}
	return loc
}

// OwnerAddresses returns the owner's address and aliases, lower-cased.
func (c *Config) OwnerAddresses() []string {
	out := []string{strings.ToLower(c.Owner.Email)}
	for _, a := range c.Owner.Aliases {
		out = append(out, strings.ToLower(a))
	}
	return out
}

// StorePath returns the database path: the configured one, else
// $STATE_DIRECTORY/followupd.db under systemd, else the user's state
// directory.
func (c *Config) StorePath() string {
	if c.Store.Path != "" {
		return expand(c.Store.Path)
	}
	if d := os.Getenv("STATE_DIRECTORY"); d != "" {
		return filepath.Join(strings.Split(d, ":")[0], "followupd.db")
	}
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "followupd", "followupd.db")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "followupd.db"
	}
	return filepath.Join(home, ".local", "state", "followupd", "followupd.db")
}

// SecretPath returns where the approval-signing key is kept.
func (c *Config) SecretPath() string {
	if c.Approval.SecretFile != "" {
		return expand(c.Approval.SecretFile)
	}
	return filepath.Join(filepath.Dir(c.StorePath()), "approval.key")
}

// expand replaces $VAR and ${VAR} and a leading ~/.
func expand(p string) string {
	if strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[2:])
		}
	}
	return os.ExpandEnv(p)
}
