package testenv

import "testing"

func TestE2EIsSkippedWithoutTheSwitch(t *testing.T) {
	t.Setenv("DSC_E2E", "")
	ran := false
	t.Run("inner", func(t *testing.T) {
		defer func() { ran = true }()
		EndToEnd(t) // named TestE2E.../inner: allowed, and skipped
		t.Error("not skipped")
	})
	if !ran {
		t.Error("subtest did not run")
	}
}
