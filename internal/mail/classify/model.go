package classify

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// model is a multinomial logistic regression over the rules of the decision
// table: a bias and one weight per (kind, rule). Its probabilities are taken
// over the kinds the gates allow only.
type model struct {
	bias map[Kind]float64
	w    map[Kind][]float64 // indexed like rules
}

//go:embed weights.txt
var weightsText string

// weights is the embedded model, trained from the labelled corpora in
// testdata. weightsErr says why the file does not fit the rule table (a rule
// renamed or removed since training); TestWeights fails on it, and the
// model then runs on what it could read, gates unchanged.
var weights, weightsErr = parseModel(weightsText)

func newModel() *model {
	m := &model{bias: map[Kind]float64{}, w: map[Kind][]float64{}}
	for _, k := range kinds {
		m.w[k] = make([]float64, len(rules))
	}
	return m
}

// parseModel reads the weights file. A rule or kind it does not know is an
// error: the table changed and the model must be trained again; the other
// lines are still read.
func parseModel(text string) (*model, error) {
	m := newModel()
	ruleIdx := map[string]int{}
	for i, r := range rules {
		ruleIdx[r.name] = i
	}
	known := map[Kind]bool{}
	for _, k := range kinds {
		known[k] = true
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	var bad error
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want kind<TAB>rule<TAB>weight", n)
		}
		k := Kind(f[0])
		if !known[k] {
			bad = fmt.Errorf("line %d: unknown kind %q", n, f[0])
			continue
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		if f[1] == "(bias)" {
			m.bias[k] = v
			continue
		}
		i, ok := ruleIdx[f[1]]
		if !ok {
			bad = fmt.Errorf("line %d: unknown rule %q", n, f[1])
			continue
		}
		m.w[k][i] = v
	}
	if err := sc.Err(); err != nil {
		return m, err
	}
	return m, bad
}

// format writes the model as the weights file, in a stable order.
func (m *model) format() string {
	var b strings.Builder
	b.WriteString("# Learned weights of the classify decision table (rules.go): kind, rule, weight.\n")
	b.WriteString("# Generated; do not edit. Train again with: go test ./internal/mail/classify -run TestWeights -update\n")
	for _, k := range kinds {
		fmt.Fprintf(&b, "%s\t(bias)\t%.3f\n", k, m.bias[k])
		for i, r := range rules {
			if v := m.w[k][i]; math.Abs(v) >= 0.0005 {
				fmt.Fprintf(&b, "%s\t%s\t%.3f\n", k, r.name, v)
			}
		}
	}
	return b.String()
}

// probs returns the probability of each allowed kind given the rules that
// fired.
func (m *model) probs(on []int, allowed []Kind) []float64 {
	p := make([]float64, len(allowed))
	top := math.Inf(-1)
	for j, k := range allowed {
		s := m.bias[k]
		for _, i := range on {
			s += m.w[k][i]
		}
		p[j] = s
		top = math.Max(top, s)
	}
	sum := 0.0
	for j := range p {
		p[j] = math.Exp(p[j] - top)
		sum += p[j]
	}
	for j := range p {
		p[j] /= sum
	}
	return p
}

// example is one labelled message as the model sees it.
type example struct {
	on      []int
	allowed []Kind
	want    Kind
}

// Training settings: full-batch gradient descent from zero weights, so the
// result depends on the examples and their order only.
const (
	trainRounds = 1500
	trainRate   = 0.5
	trainL2     = 0.002
)

// train fits a model to the examples. Examples whose label the gates forbid
// teach nothing (the gate, not the weights, must change) and are skipped.
func train(exs []example) *model {
	m := newModel()
	var use []example
	for _, ex := range exs {
		for _, k := range ex.allowed {
			if k == ex.want {
				use = append(use, ex)
				break
			}
		}
	}
	if len(use) == 0 {
		return m
	}
	n := float64(len(use))
	for round := 0; round < trainRounds; round++ {
		gb := map[Kind]float64{}
		gw := map[Kind][]float64{}
		for _, k := range kinds {
			gw[k] = make([]float64, len(rules))
		}
		for _, ex := range use {
			p := m.probs(ex.on, ex.allowed)
			for j, k := range ex.allowed {
				g := p[j]
				if k == ex.want {
					g--
				}
				gb[k] += g
				for _, i := range ex.on {
					gw[k][i] += g
				}
			}
		}
		for _, k := range kinds {
			m.bias[k] -= trainRate * gb[k] / n
			for i := range rules {
				m.w[k][i] -= trainRate * (gw[k][i]/n + trainL2*m.w[k][i])
			}
		}
	}
	// what is written is what is used: round as the file does
	r, err := parseModel(m.format())
	if err != nil {
		panic(err)
	}
	return r
}
