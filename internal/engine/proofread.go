package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/followupd/followupd/internal/followup"
	"github.com/followupd/followupd/internal/mail/compose"
	"github.com/followupd/followupd/internal/mail/proofread"
	"github.com/followupd/followupd/internal/store"
)

// Proofreader lists the words of a letter that a dictionary of its
// language does not know, leaving out the names known to it (package
// proofread's Checker). Its error wraps proofread.ErrNoDictionary when the
// language has no dictionary installed.
type Proofreader interface {
	Check(ctx context.Context, lang, text string, known []string) (proofread.Result, error)
}

// proofread returns the approval request's line about the letter's
// spelling: the words the dictionary of its language does not know, or
// that it was not proofread (no dictionary, or the check failed); nothing
// when all is well or no Proofreader is set.
func (e *Engine) proofread(tx *store.Tx, f *followup.Followup, d compose.Draft) []string {
	if e.Proofread == nil {
		return nil
	}
	o := e.owner()
	known := []string{f.Recipient.Name, f.GreetNames, o.Name, o.Signature}
	if app, err := tx.Application(f.ApplicationID); err == nil {
		known = append(known, app.Company, app.Role, app.Reference)
	}
	if f.InterviewID != 0 {
		if iv, err := tx.Interview(f.InterviewID); err == nil {
			known = append(known, iv.Arranger.Name)
			for _, p := range iv.People {
				known = append(known, p.Name)
			}
		}
	}
	for _, p := range d.To {
		known = append(known, p.Name)
	}
	code := f.Language
	if code == "" {
		code = compose.English
	}
	name := compose.LanguageName(code)
	r, err := e.Proofread.Check(context.Background(), f.Language, d.Subject+"\n"+d.Body, known)
	switch {
	case errors.Is(err, proofread.ErrNoDictionary):
		return []string{fmt.Sprintf("no %s dictionary installed: not proofread", name)}
	case err != nil:
		e.Logger.Warn("letter not proofread", "followup", f.ID, "err", err)
		return []string{fmt.Sprintf("the %s spelling check failed: not proofread", name)}
	case len(r.Unknown) > 0:
		return []string{fmt.Sprintf("words the %s dictionary (%s) does not know: %s", name, r.Dict, strings.Join(r.Unknown, ", "))}
	}
	return nil
}
