// Package platform knows the services that send mail on employers' behalf:
// hiring platforms (applicant-tracking systems, job boards, assessment
// sites) and scheduling tools, calendar programs and meeting bots. Their
// addresses reach no person and name no employer, and many employers share
// them, so every part of followupd must agree on one list: it lives in
// platforms.txt, where adding a service touches one line.
package platform

import (
	_ "embed"
	"fmt"
	"strings"
)

// Kind is what a service does.
type Kind uint8

// The kinds of service.
const (
	None       Kind = iota // not a known service
	Hiring                 // applicant tracking, job boards, assessments
	Scheduling             // scheduling tools, calendar programs, meeting bots
)

//go:embed platforms.txt
var data string

var (
	labels  = map[string]Kind{} // whole domain labels
	domains = map[string]Kind{} // whole domains
	names   = map[string]bool{} // display names, lower case
)

func init() {
	if err := load(data); err != nil {
		panic("platform: platforms.txt: " + err.Error())
	}
}

func load(text string) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("line %d: want KIND LABEL [names]", n+1)
		}
		var k Kind
		switch f[0] {
		case "hiring":
			k = Hiring
		case "scheduling":
			k = Scheduling
		default:
			return fmt.Errorf("line %d: unknown kind %q", n+1, f[0])
		}
		switch label := strings.ToLower(f[1]); {
		case label == "-":
		case strings.Contains(label, "."):
			domains[label] = k
		default:
			labels[label] = k
		}
		for _, name := range strings.Split(strings.Join(f[2:], " "), ",") {
			if name = strings.ToLower(strings.TrimSpace(name)); name != "" {
				names[name] = true
			}
		}
	}
	return nil
}

// Of returns the kind of service a mail domain (or an address) belongs to,
// None for any other.
func Of(domain string) Kind {
	domain = strings.ToLower(strings.TrimSpace(domain))
	if at := strings.LastIndexByte(domain, '@'); at >= 0 {
		domain = domain[at+1:]
	}
	domain = strings.TrimSuffix(domain, ".")
	for d := domain; d != ""; {
		if k, ok := domains[d]; ok {
			return k
		}
		i := strings.IndexByte(d, '.')
		if i < 0 {
			break
		}
		d = d[i+1:]
	}
	// each label in turn, as strings.Split would give them, without
	// allocating: the classifier asks of every address it reads
	for rest, more := domain, true; more; {
		var lb string
		lb, rest, more = strings.Cut(rest, ".")
		if k, ok := labels[lb]; ok {
			return k
		}
		for _, suf := range [...]string{"-email", "email", "-mail", "mail"} {
			if t := strings.TrimSuffix(lb, suf); t != lb {
				if k, ok := labels[t]; ok {
					return k
				}
			}
		}
	}
	return None
}

// Is reports whether a mail domain or address belongs to any known service.
func Is(domain string) bool { return Of(domain) != None }

// Name reports whether name is how a service signs its mail ("Greenhouse",
// "Google Calendar"), case aside.
func Name(name string) bool { return names[strings.ToLower(strings.TrimSpace(name))] }
