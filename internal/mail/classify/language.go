package classify

// language returns the ISO 639-1 code of the new text's language, or "" when
// it cannot tell.
func (d *doc) language() string {
	if d.langDone {
		return d.lang
	}
	d.langDone = true
	d.lang = d.newT.lang
	if d.lang == "" {
		d.lang = d.subject.lang
	}
	return d.lang
}
