package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/internal/followup"
)

const appColumns = "id, company, role, reference, domain, stage, last_event, created_at, updated_at, stated_by"

// dayFormat is how a calendar day is stored (applications.stated_by).
const dayFormat = "2006-01-02"

func scanApp(row interface{ Scan(...any) error }) (followup.Application, error) {
	var a followup.Application
	var stage, stated string
	var c, u sql.NullString
	err := row.Scan(&a.ID, &a.Company, &a.Role, &a.Reference, &a.Domain, &stage, &a.LastEvent, &c, &u, &stated)
	a.Stage, a.CreatedAt, a.UpdatedAt = followup.Stage(stage), parseTS(c), parseTS(u)
	if d, perr := time.Parse(dayFormat, stated); perr == nil {
		a.StatedBy = d
	}
	return a, err
}

// day is how StatedBy is stored: its calendar day, "" for none.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dayFormat)
}

// FindApplication returns the application that a message about company,
// reference and role from domain belongs to: the same reference first, then
// the same company (case-insensitive), then the same mail domain. It
// returns ErrNotFound when none matches.
func (t *Tx) FindApplication(company, reference, domain string) (followup.Application, error) {
	try := func(where string, arg string) (followup.Application, error) {
		if arg == "" {
			return followup.Application{}, ErrNotFound
		}
		a, err := scanApp(t.queryRow("SELECT "+appColumns+" FROM applications WHERE "+where+" ORDER BY updated_at DESC LIMIT 1", arg))
		if errors.Is(err, sql.ErrNoRows) {
			return a, ErrNotFound
		}
		return a, err
	}
	for _, q := range []struct{ where, arg string }{
		{"reference = ? AND reference <> ''", reference},
		{"lower(company) = ? AND company <> ''", strings.ToLower(company)},
		{"domain = ? AND domain <> ''", strings.ToLower(domain)},
	} {
		a, err := try(q.where, q.arg)
		if err == nil || !errors.Is(err, ErrNotFound) {
			if err != nil {
				return a, fmt.Errorf("store: find application: %w", err)
			}
			return a, nil
		}
	}
	return followup.Application{}, ErrNotFound
}

// ApplicationsAt returns the applications at an employer: those with the
// company's name (case-insensitive) or, failing that, the mail domain,
// most recently active first. An employer may have several (one per role).
func (t *Tx) ApplicationsAt(company, domain string) ([]followup.Application, error) {
	for _, q := range []struct{ where, arg string }{
		{"lower(company) = ? AND company <> ''", strings.ToLower(company)},
		{"domain = ? AND domain <> ''", strings.ToLower(domain)},
	} {
		if q.arg == "" {
			continue
		}
		apps, err := queryAll(t.ctx, t.tx, "applications", scanApp, "SELECT "+appColumns+" FROM applications WHERE "+q.where+" ORDER BY updated_at DESC, id DESC", q.arg)
		if err != nil || len(apps) > 0 {
			return apps, err
		}
	}
	return nil, nil
}

// SaveApplication inserts the application (ID 0) or updates it, and sets
// its ID.
func (t *Tx) SaveApplication(a *followup.Application, now time.Time) error {
	a.Domain = strings.ToLower(a.Domain)
	if a.ID == 0 {
		res, err := t.exec(`INSERT INTO applications (company, role, reference, domain, stage, last_event, created_at, updated_at, stated_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, a.Company, a.Role, a.Reference, a.Domain, string(a.Stage), a.LastEvent, ts(now), ts(now), day(a.StatedBy))
		if err != nil {
			return fmt.Errorf("store: add application: %w", err)
		}
		a.ID, err = res.LastInsertId()
		a.CreatedAt, a.UpdatedAt = now, now
		return err
	}
	_, err := t.exec(`UPDATE applications SET company = ?, role = ?, reference = ?, domain = ?, stage = ?, last_event = ?, updated_at = ?, stated_by = ? WHERE id = ?`,
		a.Company, a.Role, a.Reference, a.Domain, string(a.Stage), a.LastEvent, ts(now), day(a.StatedBy), a.ID)
	if err != nil {
		return fmt.Errorf("store: update application %d: %w", a.ID, err)
	}
	a.UpdatedAt = now
	return nil
}

// Applications lists every application, most recently active first.
func (s *Store) Applications(ctx context.Context) ([]followup.Application, error) {
	return queryAll(ctx, s.db, "applications", scanApp, "SELECT "+appColumns+" FROM applications ORDER BY updated_at DESC, id DESC")
}

const ivColumns = "id, application_id, calendar_uid, sequence, start_at, end_at, zone, country, state, arranger_name, arranger_email, source_message_id"

func (t *Tx) scanInterview(row interface{ Scan(...any) error }) (followup.Interview, error) {
	var iv followup.Interview
	var st, en sql.NullString
	var state string
	err := row.Scan(&iv.ID, &iv.ApplicationID, &iv.CalendarUID, &iv.Sequence, &st, &en, &iv.Zone, &iv.Country, &state,
		&iv.Arranger.Name, &iv.Arranger.Email, &iv.SourceMessage)
	if err != nil {
		return iv, err
	}
	iv.Start, iv.End, iv.State = parseTS(st), parseTS(en), followup.InterviewState(state)
	rows, err := t.query("SELECT name, email FROM interview_people WHERE interview_id = ? ORDER BY position", iv.ID)
	if err != nil {
		return iv, err
	}
	defer rows.Close()
	for rows.Next() {
		var p followup.Person
		if err := rows.Scan(&p.Name, &p.Email); err != nil {
			return iv, err
		}
		iv.People = append(iv.People, p)
	}
	return iv, rows.Err()
}

// InterviewByUID returns the interview with a calendar UID.
func (t *Tx) InterviewByUID(uid string) (followup.Interview, error) {
	if uid == "" {
		return followup.Interview{}, ErrNotFound
	}
	iv, err := t.scanInterview(t.queryRow("SELECT "+ivColumns+" FROM interviews WHERE calendar_uid = ?", uid))
	if errors.Is(err, sql.ErrNoRows) {
		return iv, ErrNotFound
	}
	return iv, err
}

// Interview returns an interview by ID.
func (t *Tx) Interview(id int64) (followup.Interview, error) {
	iv, err := t.scanInterview(t.queryRow("SELECT "+ivColumns+" FROM interviews WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return iv, ErrNotFound
	}
	return iv, err
}

// UpcomingInterviews returns the application's interviews that are still
// on, soonest first.
func (t *Tx) UpcomingInterviews(applicationID int64) ([]followup.Interview, error) {
	return t.interviews("SELECT id FROM interviews WHERE application_id = ? AND state = 'scheduled' ORDER BY start_at", applicationID)
}

// interviews returns, with their people, the interviews whose IDs query
// selects, in its order. The IDs are read to the end before any interview
// is: one statement at a time runs on the transaction.
func (t *Tx) interviews(query string, args ...any) ([]followup.Interview, error) {
	ids, err := queryAll(t.ctx, t.tx, "interviews", func(row interface{ Scan(...any) error }) (int64, error) {
		var id int64
		return id, row.Scan(&id)
	}, query, args...)
	if err != nil {
		return nil, err
	}
	var out []followup.Interview
	for _, id := range ids {
		iv, err := t.Interview(id)
		if err != nil {
			return nil, err
		}
		out = append(out, iv)
	}
	return out, nil
}

// SaveInterview inserts (ID 0) or updates an interview and its people.
func (t *Tx) SaveInterview(iv *followup.Interview, now time.Time) error {
	if iv.ID == 0 {
		res, err := t.exec(`INSERT INTO interviews (application_id, calendar_uid, sequence, start_at, end_at, zone, country, state, arranger_name, arranger_email, source_message_id, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, iv.ApplicationID, iv.CalendarUID, iv.Sequence, ts(iv.Start), ts(iv.End), iv.Zone, iv.Country,
			string(iv.State), iv.Arranger.Name, iv.Arranger.Email, iv.SourceMessage, ts(now), ts(now))
		if err != nil {
			return fmt.Errorf("store: add interview: %w", err)
		}
		if iv.ID, err = res.LastInsertId(); err != nil {
			return err
		}
	} else {
		_, err := t.exec(`UPDATE interviews SET calendar_uid = ?, sequence = ?, start_at = ?, end_at = ?, zone = ?, country = ?, state = ?, arranger_name = ?, arranger_email = ?, source_message_id = ?, updated_at = ? WHERE id = ?`,
			iv.CalendarUID, iv.Sequence, ts(iv.Start), ts(iv.End), iv.Zone, iv.Country, string(iv.State), iv.Arranger.Name, iv.Arranger.Email, iv.SourceMessage, ts(now), iv.ID)
		if err != nil {
			return fmt.Errorf("store: update interview %d: %w", iv.ID, err)
		}
		if _, err := t.exec("DELETE FROM interview_people WHERE interview_id = ?", iv.ID); err != nil {
			return err
		}
	}
	for i, p := range iv.People {
		if _, err := t.exec("INSERT INTO interview_people (interview_id, position, name, email) VALUES (?, ?, ?, ?)", iv.ID, i, p.Name, strings.ToLower(p.Email)); err != nil {
			return fmt.Errorf("store: interview people: %w", err)
		}
	}
	return nil
}

// Application returns an application by ID.
func (t *Tx) Application(id int64) (followup.Application, error) {
	a, err := scanApp(t.queryRow("SELECT "+appColumns+" FROM applications WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, err
}

// Interviewed reports whether the application had an interview that was
// not called off and had begun by before: a feedback request then thanks
// for the interviews; else the rejection was on the application alone.
func (t *Tx) Interviewed(applicationID int64, before time.Time) (bool, error) {
	return t.exists("interviews", "SELECT count(*) FROM interviews WHERE application_id = ? AND state <> 'cancelled' AND start_at <= ?", applicationID, ts(before))
}
