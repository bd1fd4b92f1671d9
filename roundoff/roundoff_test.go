package roundoff

import "testing"

func TestNoiseDoesNotDecide(t *testing.T) {
	a, b := 0.1, 0.2 // variables: constants would be added exactly
	if a+b == 0.3 {
		t.Fatal("the example needs noise")
	}
	if !Equal(a+b, 0.3) || Key(a+b) != Key(0.3) {
		t.Error("0.1+0.2 and 0.3 differ")
	}
	if Equal(0.3, 0.300000002) {
		t.Error("a difference in the 9th decimal is noise")
	}
}
