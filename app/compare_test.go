package app

import (
	"reflect"
	"testing"
)

func TestCompareShowsTopicPerParty(t *testing.T) {
	wd := newWorld(t)
	if got := wd.ws.win.Title(); got != "Parley — test" {
		t.Errorf("title %q", got)
	}
	if got := wd.ws.view.dialogue.Selected; got != "39th China-EU Human Rights Dialogue (Chongqing, 2024-06-16)" {
		t.Errorf("dialogue picker shows %q", got)
	}
	wd.pickTopic(wd.xinjiang.ID)
	want := [][]string{{wd.cnX.Text}, {wd.euX.Text}}
	if got := wd.columnTexts(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Xinjiang columns:\n%q\nwant\n%q", got, want)
	}
	wd.pickTopic(wd.rights.ID)
	want = [][]string{{wd.cnX.Text, wd.cnT.Text, wd.joint.Text}, {wd.euX.Text, wd.euT.Text, wd.joint.Text}}
	if got := wd.columnTexts(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Human rights columns (with subtopics):\n%q\nwant\n%q", got, want)
	}
	if cd, _ := wd.card(0, wd.joint.ID); !cd.Joint || len(cd.JointWith) != 1 || cd.JointWith[0] != "EU" {
		t.Errorf("joint card: %+v", cd)
	}
	if got := wd.ws.tree.countText(topicKeyOf(&wd.rights.ID)); got != "3 · 3" {
		t.Errorf("tree counts of Human rights %q, want 3 · 3", got)
	}
	wd.chooseIn(wd.ws.view.dialogue, "38th China-EU Human Rights Dialogue (Brussels, 2023-02-16)")
	want = [][]string{nil, {"Last year the EU raised individual cases."}}
	if got := wd.columnTexts(); !reflect.DeepEqual(got, want) {
		t.Fatalf("38th round columns:\n%q\nwant\n%q", got, want)
	}
}
