package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/followupd/followupd/internal/followup"
)

const fuColumns = `id, kind, application_id, interview_id, state, version, recipient_name, recipient_email, greet_names,
	subject, body, edited, notes, message_id, in_reply_to, refs, source_message_id, source_automated, zone, country,
	event_at, request_at, due_at, deadline_at, late, approved_at, attempts, next_attempt_at, last_error, sent_at, created_at, updated_at, needs_reply,
	render_failed, language`

func scanFollowup(row interface{ Scan(...any) error }) (followup.Followup, error) {
	var f followup.Followup
	var kind, state, refs string
	var iv sql.NullInt64
	var ev, req, due, dl, appr, next, sent, c, u sql.NullString
	err := row.Scan(&f.ID, &kind, &f.ApplicationID, &iv, &state, &f.Version, &f.Recipient.Name, &f.Recipient.Email, &f.GreetNames,
		&f.Subject, &f.Body, &f.Edited, &f.Notes, &f.MessageID, &f.InReplyTo, &refs, &f.SourceMessage, &f.SourceAutomated, &f.Zone, &f.Country,
		&ev, &req, &due, &dl, &f.Late, &appr, &f.Attempts, &next, &f.LastError, &sent, &c, &u, &f.NeedsReply, &f.RenderFailed, &f.Language)
	f.Kind, f.State, f.InterviewID, f.References = followup.Kind(kind), followup.State(state), iv.Int64, splitList(refs)
	f.EventAt, f.RequestAt, f.DueAt, f.Deadline = parseTS(ev), parseTS(req), parseTS(due), parseTS(dl)
	f.ApprovedAt, f.NextAttemptAt, f.SentAt, f.CreatedAt, f.UpdatedAt = parseTS(appr), parseTS(next), parseTS(sent), parseTS(c), parseTS(u)
	return f, err
}

// AddFollowup inserts a new follow-up in its initial state and sets its ID.
// It fails (ErrDuplicate) if the same follow-up already exists: one
// thank-you per interviewer per interview, one feedback request per
// application.
func (t *Tx) AddFollowup(f *followup.Followup, now time.Time) error {
	var iv any
	if f.InterviewID != 0 {
		iv = f.InterviewID
	}
	f.Recipient.Email = strings.ToLower(f.Recipient.Email)
	res, err := t.exec(`INSERT INTO followups (kind, application_id, interview_id, state, version, recipient_name, recipient_email, greet_names,
		subject, body, edited, notes, message_id, in_reply_to, refs, source_message_id, source_automated, zone, country,
		event_at, request_at, due_at, deadline_at, late, approved_at, attempts, next_attempt_at, last_error, sent_at, created_at, updated_at, needs_reply,
		render_failed, language)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		string(f.Kind), f.ApplicationID, iv, string(f.State), max(f.Version, 1), f.Recipient.Name, f.Recipient.Email, f.GreetNames,
		f.Subject, f.Body, f.Edited, f.Notes, f.MessageID, f.InReplyTo, joinList(f.References), f.SourceMessage, f.SourceAutomated, f.Zone, f.Country,
		ts(f.EventAt), ts(f.RequestAt), nullTS(f.DueAt), nullTS(f.Deadline), f.Late, nullTS(f.ApprovedAt), f.Attempts, nullTS(f.NextAttemptAt),
		f.LastError, nullTS(f.SentAt), ts(now), ts(now), f.NeedsReply, f.RenderFailed, f.Language)
	if err != nil {
		if uniqueViolation(err) {
			return fmt.Errorf("store: add %s follow-up: %w", f.Kind, ErrDuplicate)
		}
		return fmt.Errorf("store: add %s follow-up: %w", f.Kind, err)
	}
	f.Version = max(f.Version, 1)
	f.CreatedAt, f.UpdatedAt = now, now
	if f.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return t.audit(f.ID, now, "", f.State, followup.Created, "")
}

// uniqueViolation reports whether err is SQLite refusing a row that
// breaks a UNIQUE constraint or index (by its extended result code, not
// its text).
func uniqueViolation(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey)
}

// ErrDuplicate is returned when a follow-up that must be unique exists.
var ErrDuplicate = errors.New("already exists")

// Followup returns a follow-up by ID.
func (t *Tx) Followup(id int64) (followup.Followup, error) {
	f, err := scanFollowup(t.queryRow("SELECT "+fuColumns+" FROM followups WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return f, ErrNotFound
	}
	if err != nil {
		return f, fmt.Errorf("store: follow-up %d: %w", id, err)
	}
	return f, nil
}

// FollowupByMessageID returns the follow-up whose Message-ID is id.
func (t *Tx) FollowupByMessageID(id string) (followup.Followup, error) {
	f, err := scanFollowup(t.queryRow("SELECT "+fuColumns+" FROM followups WHERE message_id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return f, ErrNotFound
	}
	return f, err
}

// SaveFollowup writes every field of f and, if its state changed or a
// reason is given, checks the transition and adds an audit row with the
// reason (typed) and its words (reason.Text(), then ": " and note when
// there is one), in the transaction.
func (t *Tx) SaveFollowup(f *followup.Followup, reason followup.Reason, note string, now time.Time) error {
	var old string
	if err := t.queryRow("SELECT state FROM followups WHERE id = ?", f.ID).Scan(&old); err != nil {
		return fmt.Errorf("store: save follow-up %d: %w", f.ID, err)
	}
	if followup.State(old) != f.State || reason != followup.NoReason || note != "" {
		if followup.State(old) != f.State {
			if err := followup.Move(followup.State(old), f.State); err != nil {
				return fmt.Errorf("store: follow-up %d: %w", f.ID, err)
			}
		}
		if err := t.audit(f.ID, now, followup.State(old), f.State, reason, note); err != nil {
			return err
		}
	}
	f.Recipient.Email = strings.ToLower(f.Recipient.Email)
	_, err := t.exec(`UPDATE followups SET state = ?, version = ?, recipient_name = ?, recipient_email = ?, greet_names = ?, subject = ?, body = ?,
		edited = ?, notes = ?, in_reply_to = ?, refs = ?, zone = ?, country = ?, event_at = ?, request_at = ?, due_at = ?, deadline_at = ?, late = ?,
		approved_at = ?, attempts = ?, next_attempt_at = ?, last_error = ?, sent_at = ?, needs_reply = ?, render_failed = ?, language = ?, updated_at = ? WHERE id = ?`,
		string(f.State), f.Version, f.Recipient.Name, f.Recipient.Email, f.GreetNames, f.Subject, f.Body, f.Edited, f.Notes,
		f.InReplyTo, joinList(f.References), f.Zone, f.Country, ts(f.EventAt), ts(f.RequestAt), nullTS(f.DueAt), nullTS(f.Deadline), f.Late,
		nullTS(f.ApprovedAt), f.Attempts, nullTS(f.NextAttemptAt), f.LastError, nullTS(f.SentAt), f.NeedsReply, f.RenderFailed, f.Language, ts(now), f.ID)
	if err != nil {
		return fmt.Errorf("store: save follow-up %d: %w", f.ID, err)
	}
	f.UpdatedAt = now
	return nil
}

// audit adds one audit row: the typed reason and, for people, its words.
func (t *Tx) audit(id int64, now time.Time, from, to followup.State, reason followup.Reason, note string) error {
	words := reason.Text()
	if note != "" {
		if words != "" {
			words += ": "
		}
		words += note
	}
	if _, err := t.exec("INSERT INTO audit (followup_id, at, from_state, to_state, reason, reason_code) VALUES (?, ?, ?, ?, ?, ?)",
		id, ts(now), string(from), string(to), words, string(reason)); err != nil {
		return fmt.Errorf("store: audit follow-up %d: %w", id, err)
	}
	return nil
}

// The named queries over follow-ups. Each returns the follow-ups in every
// state unless its name says otherwise: which of them an event still
// concerns is decided by followup.Step, not by SQL.

// InterviewFollowups returns an interview's thank-yous.
func (t *Tx) InterviewFollowups(interviewID int64) ([]followup.Followup, error) {
	return t.followups("interview_id = ?", interviewID)
}

// ApplicationFollowups returns an application's follow-ups.
func (t *Tx) ApplicationFollowups(applicationID int64) ([]followup.Followup, error) {
	return t.followups("application_id = ?", applicationID)
}

// FollowupsTo returns the follow-ups written to an address (any case).
func (t *Tx) FollowupsTo(addr string) ([]followup.Followup, error) {
	return t.followups("recipient_email = ?", strings.ToLower(strings.TrimSpace(addr)))
}

// FeedbackAnswering returns the feedback requests that answer the message
// with Message-ID id (the rejection they were drafted from).
func (t *Tx) FeedbackAnswering(id string) ([]followup.Followup, error) {
	return t.followups("kind = ? AND source_message_id = ?", string(followup.Feedback), id)
}

// DueForApproval returns the drafted follow-ups whose approval request is
// due at now (and not waiting for a retry).
func (t *Tx) DueForApproval(now time.Time) ([]followup.Followup, error) {
	return t.followups("state = ? AND request_at <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)", string(followup.Drafted), ts(now), ts(now))
}

// DueToSend returns the scheduled follow-ups due to be sent at now (and not
// waiting for a retry).
func (t *Tx) DueToSend(now time.Time) ([]followup.Followup, error) {
	return t.followups("state = ? AND due_at <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)", string(followup.Scheduled), ts(now), ts(now))
}

// WaitingFollowups returns the follow-ups that the outbox will act on by
// itself at some time: drafted ones (their approval request) and scheduled
// ones (their sending).
func (t *Tx) WaitingFollowups() ([]followup.Followup, error) {
	return t.followups("state IN (?, ?)", string(followup.Drafted), string(followup.Scheduled))
}

// SendingFollowups returns the follow-ups claimed for sending whose outcome
// was never recorded (after a crash, or being sent right now).
func (t *Tx) SendingFollowups() ([]followup.Followup, error) {
	return t.followups("state = ?", string(followup.Sending))
}

// RenderFailedFollowups returns the follow-ups whose draft could not be
// rendered (drafted and waiting for a retry, or failed).
func (t *Tx) RenderFailedFollowups() ([]followup.Followup, error) {
	return t.followups("render_failed AND state IN (?, ?)", string(followup.Drafted), string(followup.Failed))
}

func (t *Tx) followups(where string, args ...any) ([]followup.Followup, error) {
	return queryFollowups(t.ctx, t.tx, where, args...)
}

// OpenFollowups returns the follow-ups that are not final (neither sent
// nor cancelled), for status reports.
func (s *Store) OpenFollowups(ctx context.Context) ([]followup.Followup, error) {
	return queryFollowups(ctx, s.db, "state NOT IN (?, ?)", string(followup.Sent), string(followup.Cancelled))
}

// FinishedSince returns the follow-ups sent or cancelled (last changed) at
// or after since, for status reports.
func (s *Store) FinishedSince(ctx context.Context, since time.Time) ([]followup.Followup, error) {
	return queryFollowups(ctx, s.db, "state IN (?, ?) AND updated_at >= ?", string(followup.Sent), string(followup.Cancelled), ts(since))
}

// AllFollowups returns every follow-up, oldest first (for tests and
// tools that inspect a database).
func (s *Store) AllFollowups(ctx context.Context) ([]followup.Followup, error) {
	return queryFollowups(ctx, s.db, "1")
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryFollowups(ctx context.Context, q querier, where string, args ...any) ([]followup.Followup, error) {
	return queryAll(ctx, q, "follow-ups", scanFollowup, "SELECT "+fuColumns+" FROM followups WHERE "+where+" ORDER BY id", args...)
}

// queryAll runs a query and scans every row with scan.
func queryAll[T any](ctx context.Context, q querier, what string, scan func(interface{ Scan(...any) error }) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// SentSince counts follow-ups sent at or after t (for the daily cap).
func (t *Tx) SentSince(since time.Time) (int, error) {
	var n int
	err := t.queryRow("SELECT count(*) FROM followups WHERE sent_at >= ? OR (state = 'sending' AND updated_at >= ?)", ts(since), ts(since)).Scan(&n)
	return n, err
}

// AuditEntry is one recorded state change.
type AuditEntry struct {
	At       time.Time
	From, To string
	Reason   followup.Reason // typed: what decisions compare
	Words    string          // the reason as people read it
}

// Audit returns a follow-up's history, oldest first.
func (s *Store) Audit(ctx context.Context, followupID int64) ([]AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT at, from_state, to_state, reason_code, reason FROM audit WHERE followup_id = ? ORDER BY id", followupID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var at sql.NullString
		var code string
		if err := rows.Scan(&at, &e.From, &e.To, &code, &e.Words); err != nil {
			return nil, err
		}
		e.At, e.Reason = parseTS(at), followup.Reason(code)
		out = append(out, e)
	}
	return out, rows.Err()
}

// CancelReason returns why a follow-up was cancelled (the typed reason of
// the audit row that moved it to cancelled), or NoReason if it never was.
func (t *Tx) CancelReason(followupID int64) (followup.Reason, error) {
	var r string
	err := t.queryRow("SELECT reason_code FROM audit WHERE followup_id = ? AND to_state = 'cancelled' AND from_state <> 'cancelled' ORDER BY id DESC LIMIT 1", followupID).Scan(&r)
	if errors.Is(err, sql.ErrNoRows) {
		return followup.NoReason, nil
	}
	if err != nil {
		return followup.NoReason, fmt.Errorf("store: cancel reason of follow-up %d: %w", followupID, err)
	}
	return followup.Reason(r), nil
}

// OwnerMail is a message to the owner waiting in the outbox.
type OwnerMail struct {
	ID            int64
	FollowupID    int64
	Purpose       string // approval-request, confirmation, notice
	MessageID     string
	InReplyTo     string
	Subject, Body string
	State         string
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	CreatedAt     time.Time
	ClaimedAt     time.Time // when last claimed for sending
}

// QueueOwnerMail adds a message for the owner to the outbox.
func (t *Tx) QueueOwnerMail(m *OwnerMail, now time.Time) error {
	var fu any
	if m.FollowupID != 0 {
		fu = m.FollowupID
	}
	res, err := t.exec(`INSERT INTO owner_mail (followup_id, purpose, message_id, in_reply_to, subject, body, state, created_at)
		VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`, fu, m.Purpose, m.MessageID, m.InReplyTo, m.Subject, m.Body, ts(now))
	if err != nil {
		return fmt.Errorf("store: queue owner mail: %w", err)
	}
	m.State, m.CreatedAt = "pending", now
	m.ID, err = res.LastInsertId()
	return err
}

const omColumns = `id, coalesce(followup_id, 0), purpose, message_id, in_reply_to, subject, body, state, attempts, next_attempt_at, last_error, created_at, claimed_at`

func scanOwnerMail(row interface{ Scan(...any) error }) (OwnerMail, error) {
	var m OwnerMail
	var next, c, cl sql.NullString
	err := row.Scan(&m.ID, &m.FollowupID, &m.Purpose, &m.MessageID, &m.InReplyTo, &m.Subject, &m.Body, &m.State, &m.Attempts, &next, &m.LastError, &c, &cl)
	m.NextAttemptAt, m.CreatedAt, m.ClaimedAt = parseTS(next), parseTS(c), parseTS(cl)
	return m, err
}

// PendingOwnerMail returns the owner's messages that are due to be sent.
func (t *Tx) PendingOwnerMail(now time.Time) ([]OwnerMail, error) {
	return queryAll(t.ctx, t.tx, "owner mail", scanOwnerMail,
		"SELECT "+omColumns+" FROM owner_mail WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id", ts(now))
}

// SendingOwnerMail returns the owner's messages claimed for sending whose
// outcome was never recorded (after a crash, or being sent right now).
func (t *Tx) SendingOwnerMail() ([]OwnerMail, error) {
	return queryAll(t.ctx, t.tx, "owner mail", scanOwnerMail, "SELECT "+omColumns+" FROM owner_mail WHERE state = 'sending' ORDER BY id")
}

// OwnerMailByID returns one owner message.
func (t *Tx) OwnerMailByID(id int64) (OwnerMail, error) {
	m, err := scanOwnerMail(t.queryRow("SELECT "+omColumns+" FROM owner_mail WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, err
}

// ClaimOwnerMail moves a pending owner message to "sending" just before
// the SMTP transaction; it reports false if the message is no longer
// pending (someone else claimed or settled it).
func (t *Tx) ClaimOwnerMail(id int64, now time.Time) (bool, error) {
	res, err := t.exec("UPDATE owner_mail SET state = 'sending', claimed_at = ? WHERE id = ? AND state = 'pending'", ts(now), id)
	if err != nil {
		return false, fmt.Errorf("store: claim owner mail %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// OwnerMailArrived records that a copy of an owner message (by its
// Message-ID, without <>) reached a watched mailbox: a message claimed or
// waiting to be sent again is marked sent. It reports whether the
// Message-ID is one of the owner's messages.
func (t *Tx) OwnerMailArrived(messageID string, at time.Time) (bool, error) {
	if _, err := t.exec("UPDATE owner_mail SET state = 'sent', sent_at = ?, next_attempt_at = NULL WHERE message_id = ? AND state IN ('pending', 'sending')",
		ts(at), messageID); err != nil {
		return false, fmt.Errorf("store: owner mail arrived: %w", err)
	}
	return t.exists("owner mail", "SELECT count(*) FROM owner_mail WHERE message_id = ?", messageID)
}

// RequeueOwnerMail puts an owner message left in "sending" back in the
// queue, to be sent at next (a crash interrupted it and no copy arrived).
// It reports false if the message was no longer in "sending".
func (t *Tx) RequeueOwnerMail(id int64, reason string, next time.Time) (bool, error) {
	res, err := t.exec("UPDATE owner_mail SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'sending'", ts(next), reason, id)
	if err != nil {
		return false, fmt.Errorf("store: requeue owner mail %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// NextOwnerMailAt returns when the next pending owner message is due.
func (t *Tx) NextOwnerMailAt() (time.Time, bool, error) {
	var s sql.NullString
	err := t.queryRow("SELECT min(coalesce(next_attempt_at, created_at)) FROM owner_mail WHERE state = 'pending'").Scan(&s)
	if err != nil || !s.Valid {
		return time.Time{}, false, err
	}
	return parseTS(s), true, nil
}

// FinishOwnerMail records the outcome of sending an owner message: sent,
// failed for good, or to be retried at next ("pending"). A message that a
// copy in the mailbox already proved sent stays sent.
func (t *Tx) FinishOwnerMail(id int64, state string, lastErr string, next time.Time, now time.Time) error {
	_, err := t.exec(`UPDATE owner_mail SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
		sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ? AND state <> 'sent'`, state, lastErr, nullTS(next), state, ts(now), id)
	return err
}

// LatestApprovalRequest returns the Message-ID of the newest approval
// request for a follow-up ("" if none).
func (t *Tx) LatestApprovalRequest(followupID int64) (string, error) {
	var id string
	err := t.queryRow("SELECT message_id FROM owner_mail WHERE followup_id = ? AND purpose = 'approval-request' ORDER BY id DESC LIMIT 1", followupID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}
