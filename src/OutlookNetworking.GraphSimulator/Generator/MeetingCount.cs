namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>An expected.json entry: the meetings a contact met only in a planted series must count.</summary>
internal sealed record MeetingCount(string Contact, int Meetings, string Why);

/// <summary>A planted series to delete between two nights: its key (the master id is per mailbox), its only contact and the
/// meetings counted before.</summary>
internal sealed record SeriesDeletion(string SeriesKey, string Contact, int MeetingsBefore, string Why);
