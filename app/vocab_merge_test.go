package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/storage"
)

// shows says whether a label reading text is on screen, dialogs included.
func (wd *world) shows(text string) bool { return wd.findLabel(text) != nil }

// TestTagsShowUsageAndMergeNeedsAChoice: Project › Tags… counts each tag's
// statements; Merge into… keeps Merge disabled and the dialog open until a
// tag is chosen, then merges.
func TestTagsShowUsageAndMergeNeedsAChoice(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	other := storage.Tag{Name: "sovereignty", Color: "#2e86ab"}
	wd.must(wd.st.CreateTag(ctx, &other))
	wd.must(wd.st.TagStatement(ctx, wd.euT.ID, wd.tag.ID))
	wd.must(wd.st.TagStatement(ctx, wd.euX.ID, wd.tag.ID))
	wd.ws.refresh()
	wd.menu("Project", "Tags…")
	if !wd.shows("2 statements") || !wd.shows("not used") {
		t.Fatal("the Tags dialog does not say how many statements use each tag")
	}
	wd.tapText("non-interference")
	wd.tap("Merge into…")
	merge := findButton(wd.ws.win.Canvas(), "Merge")
	if merge == nil || !merge.Disabled() || !wd.shows("Choose the tag to merge into.") {
		t.Fatal("Merge is offered before a tag is chosen, or the dialog does not say what is needed")
	}
	test.Tap(merge)
	if findButton(wd.ws.win.Canvas(), "Merge") == nil {
		t.Fatal("the merge dialog closed with nothing chosen")
	}
	wd.choose(wd.formSelect("Into"), "sovereignty")
	if merge.Disabled() {
		t.Fatal("Merge stays disabled after a tag is chosen")
	}
	test.Tap(merge)
	usage, err := wd.st.TagUsage(ctx)
	wd.must(err)
	if usage[other.ID] != 2 || usage[wd.tag.ID] != 0 {
		t.Fatalf("after the merge the tags carry %v", usage)
	}
	if !wd.shows("2 statements") || wd.shows("not used") {
		t.Fatal("the Tags dialog's counts did not follow the merge")
	}
}

// TestTopicMergeNeedsAChoice: the topics' Merge into… behaves the same.
func TestTopicMergeNeedsAChoice(t *testing.T) {
	wd := newWorld(t)
	wd.menu("Project", "Topics…")
	wd.tapText("      Tibet")
	wd.tap("Merge into…")
	merge := findButton(wd.ws.win.Canvas(), "Merge")
	if merge == nil || !merge.Disabled() || !wd.shows("Choose the topic to merge into.") {
		t.Fatal("Merge is offered before a topic is chosen")
	}
	test.Tap(merge)
	if findButton(wd.ws.win.Canvas(), "Merge") == nil {
		t.Fatal("the merge dialog closed with nothing chosen")
	}
}

// TestWarningsAgreeInNumber: deleting a tag one statement carries says
// "its 1 statement", not "its 1 statements".
func TestWarningsAgreeInNumber(t *testing.T) {
	wd := newWorld(t)
	wd.must(wd.st.TagStatement(context.Background(), wd.euT.ID, wd.tag.ID))
	wd.ws.refresh()
	wd.menu("Project", "Tags…")
	wd.tapText("non-interference")
	wd.tap("Delete…")
	want := "The tag non-interference will be deleted and taken off its 1 statement; the statements stay.\nYou can undo this with Edit › Undo."
	if !strings.Contains(wd.overlayTexts(), want) {
		t.Fatalf("the warning reads %q", wd.overlayTexts())
	}
}
