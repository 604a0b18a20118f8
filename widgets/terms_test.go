package widgets

import (
	"os"
	"testing"
)

// The widgets' tests draw the project's kinds and verdicts as the app
// passes them; the app's TestWidgetsShowStorageTerms checks that the app
// passes storage's own table, with these values.
const (
	VerdictConvergent       = "convergent"
	VerdictPartlyConvergent = "partly_convergent"
	VerdictDivergent        = "divergent"
	VerdictNotAddressed     = "not_addressed"
)

var testKinds = []Term{
	{"position", "position", "blue"}, {"concern", "concern", "orange"}, {"objection", "objection", "red"},
	{"demand", "demand", "purple"}, {"proposal", "proposal", "yellow"}, {"commitment", "commitment", "brown"},
	{"agreement", "agreement", "green"}, {"account", "account", "gray"},
}

var testVerdicts = []Term{
	{VerdictConvergent, "convergent", "success"}, {VerdictPartlyConvergent, "partly convergent", "warning"},
	{VerdictDivergent, "divergent", "error"}, {VerdictNotAddressed, "not addressed by one side", ""},
}

func TestMain(m *testing.M) {
	SetTerms(testKinds, testVerdicts)
	os.Exit(m.Run())
}
