package followup

import (
	"testing"
	"time"
)

func TestUnsureOf(t *testing.T) {
	base := Sighting{MinConfidence: 0.8}
	with := func(f func(*Sighting)) Sighting { s := base; f(&s); return s }
	tests := []struct {
		name string
		s    Sighting
		want Doubt
	}{
		{"other, not about a job", with(func(s *Sighting) { s.Kind = "other" }), NoDoubt},
		{"other about a job", with(func(s *Sighting) { s.Kind, s.JobRelated = "other", true }), JobOther},
		{"other about a job, routine (assessment, outreach …)", with(func(s *Sighting) { s.Kind, s.JobRelated, s.Routine = "other", true, true }), NoDoubt},
		{"sure rejection", with(func(s *Sighting) { s.Kind, s.Confidence = "rejection", 0.95 }), NoDoubt},
		{"unsure rejection", with(func(s *Sighting) { s.Kind, s.Confidence = "rejection", 0.6 }), LowConfidence},
		{"unsure offer", with(func(s *Sighting) { s.Kind, s.Confidence = "offer", 0.79 }), LowConfidence},
		{"unsure acknowledgement is not asked", with(func(s *Sighting) { s.Kind, s.Confidence = "application_received", 0.3 }), NoDoubt},
		{"interview without a time", with(func(s *Sighting) { s.Kind, s.Confidence, s.HasInterviewers = "interview_scheduled", 0.95, true }), NoTime},
		{"interview without an interviewer", with(func(s *Sighting) { s.Kind, s.Confidence, s.HasStart = "interview_scheduled", 0.95, true }), NoInterviewer},
		{"complete interview", with(func(s *Sighting) {
			s.Kind, s.Confidence, s.HasStart, s.HasInterviewers = "interview_scheduled", 0.95, true, true
		}), NoDoubt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := UnsureOf(tt.s); got != tt.want {
				t.Errorf("UnsureOf(%+v) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestPlanQuestion(t *testing.T) {
	items := []Item{
		{ID: 1, State: ItemOpen, Asked: 0},
		{ID: 2, State: ItemOpen, Asked: 1},
		{ID: 3, State: ItemOpen, Asked: 2},
		{ID: 4, State: ItemAnswered, Asked: 1},
		{ID: 5, State: ItemDropped, Asked: 2},
	}
	p := PlanQuestion(items)
	tests := []struct {
		name string
		got  []Item
		want []int64
	}{
		{"asked", p.Ask, []int64{1, 2}},
		{"dropped", p.Drop, []int64{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []int64
			for _, it := range tt.got {
				ids = append(ids, it.ID)
			}
			if len(ids) != len(tt.want) {
				t.Fatalf("PlanQuestion %s = %v, want %v", tt.name, ids, tt.want)
			}
			for i := range ids {
				if ids[i] != tt.want[i] {
					t.Fatalf("PlanQuestion %s = %v, want %v", tt.name, ids, tt.want)
				}
			}
		})
	}
	if p.Ask[0].Asked != 1 || p.Ask[1].Asked != 2 || p.Drop[0].State != ItemDropped {
		t.Errorf("PlanQuestion counts = %+v / %+v, want asked 1 and 2, dropped", p.Ask, p.Drop)
	}
}

func TestQuestionDue(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	at := 9 * time.Hour
	d := func(day, h, m int) time.Time { return time.Date(2026, 11, day, h, m, 0, 0, paris) }
	tests := []struct {
		name      string
		last, now time.Time
		want      time.Time
	}{
		{"never asked, before the time", time.Time{}, d(23, 7, 0), d(23, 9, 0)},
		{"never asked, after the time", time.Time{}, d(23, 15, 0), d(23, 9, 0)},
		{"asked yesterday", d(22, 9, 0), d(23, 10, 0), d(23, 9, 0)},
		{"asked today: tomorrow", d(23, 9, 0), d(23, 23, 59), d(24, 9, 0)},
		{"asked today just after midnight", d(23, 0, 5), d(23, 8, 0), d(24, 9, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := QuestionDue(tt.last, tt.now, at, paris); !got.Equal(tt.want) {
				t.Errorf("QuestionDue(%v, %v) = %v, want %v", tt.last, tt.now, got, tt.want)
			}
		})
	}
}

func TestAnsweredOnce(t *testing.T) {
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	it, ok := Answered(Item{State: ItemOpen}, VerdictRejection, now)
	if !ok || it.State != ItemAnswered || it.Verdict != VerdictRejection {
		t.Fatalf("Answered(open) = %+v, %v, want answered rejection", it, ok)
	}
	if again, ok := Answered(it, VerdictIgnore, now); ok || again.Verdict != VerdictRejection {
		t.Errorf("Answered(answered) = %+v, %v, want unchanged and false", again, ok)
	}
	if late, ok := Answered(Item{State: ItemDropped}, VerdictIgnore, now); !ok || late.State != ItemAnswered {
		t.Errorf("Answered(dropped) = %+v, %v, want a late answer accepted", late, ok)
	}
}
