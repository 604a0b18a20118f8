package ingest

// What a meeting took up, told with no one as its subject: "The agenda
// focused on …", "The agenda covered bilateral relations and …",
// "Further topics of conversation included migration …". The agenda and
// the topics are the meeting's, so what they did both sides did, as "The
// talks covered …" (meetingNarrated); the agenda still to come ("The
// agenda will include …") stays the narrator's.

// topicsOpeners may open "… topics of conversation included …" without an
// article.
var topicsOpeners = set("further", "other", "main", "key", "additional")
