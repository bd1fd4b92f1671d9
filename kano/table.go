package kano

// Answer is one of the five levels a respondent can give to a Kano question.
type Answer int8

// The five answer levels, coded 1-5 as in the primer. Missing is a blank answer.
const (
	Missing  Answer = 0
	Like     Answer = 1
	Expect   Answer = 2
	Neutral  Answer = 3
	LiveWith Answer = 4
	Dislike  Answer = 5
)

// Answers lists the five levels in code order.
var Answers = []Answer{Like, Expect, Neutral, LiveWith, Dislike}

// Name is the answer's short English name.
func (a Answer) Name() string {
	switch a {
	case Like:
		return "like"
	case Expect:
		return "expect"
	case Neutral:
		return "neutral"
	case LiveWith:
		return "live with"
	case Dislike:
		return "dislike"
	}
	return "missing"
}

// Valid reports whether a is one of the five levels.
func (a Answer) Valid() bool { return a >= Like && a <= Dislike }

// Table is a Kano evaluation table: rows are functional answers, columns
// dysfunctional answers, both in code order like..dislike.
type Table [5][5]Category

// StandardTable is the evaluation table of the primer (Berger et al. 1993).
var StandardTable = Table{
	//            like          expect        neutral       live with     dislike
	/* like */ {Questionable, Attractive, Attractive, Attractive, OneDimensional},
	/* expect */ {Reverse, Indifferent, Indifferent, Indifferent, MustBe},
	/* neutral */ {Reverse, Indifferent, Indifferent, Indifferent, MustBe},
	/* live with */ {Reverse, Indifferent, Indifferent, Indifferent, MustBe},
	/* dislike */ {Reverse, Reverse, Reverse, Reverse, Questionable},
}

// PouliotTable is the modification reported by Berger et al. (1993) after
// Pouliot: answering "expect" to both questions, or "live with" to both, is
// as contradictory as liking or disliking both, so those cells are questionable.
var PouliotTable = func() Table {
	t := StandardTable
	t[Expect-1][Expect-1] = Questionable
	t[LiveWith-1][LiveWith-1] = Questionable
	return t
}()

// TableName names an evaluation table in dsc.yaml and on the command line.
type TableName string

// The evaluation tables a workspace can choose.
const (
	TableStandard TableName = "standard"
	TablePouliot  TableName = "pouliot"
)

// TableNames lists the evaluation tables, the default first.
var TableNames = []TableName{TableStandard, TablePouliot}

// Table returns the evaluation table n names; the empty name is the standard table.
func (n TableName) Table() (Table, bool) {
	switch n {
	case "", TableStandard:
		return StandardTable, true
	case TablePouliot:
		return PouliotTable, true
	}
	return Table{}, false
}

// Classify returns the category of one pair of answers, or NoCategory when
// either answer is missing.
func (t *Table) Classify(functional, dysfunctional Answer) Category {
	if !functional.Valid() || !dysfunctional.Valid() {
		return NoCategory
	}
	return t[functional-1][dysfunctional-1]
}
