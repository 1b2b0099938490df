using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>Writes expected.json in the format of shared/fixtures/contoso-stories/expected.json.</summary>
internal static class ExpectedWriter
{
    public static void Write(Utf8JsonWriter writer, OrgModel model)
    {
        writer.WriteStartObject();
        writer.WriteString("about", "Outcomes a correct analysis of this generated snapshot must show, at its 'now'. Kinds are the detector names. Meeting counts assume the calendar is read from calendarMonthsBack months back. Written by the synthetic tenant generator with the stories it planted.");
        writer.WriteNumber("calendarMonthsBack", StoryPlanter.CalendarMonthsBack);
        writer.WriteStartObject("users");
        foreach (var stories in model.Owners)
        {
            writer.WriteStartObject(stories.Owner.Address);
            writer.WriteStartArray("mustSuggest");
            foreach (var expectation in stories.MustSuggest)
            {
                WriteExpectation(writer, expectation);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("mustNotSuggest");
            foreach (var expectation in stories.MustNotSuggest)
            {
                WriteExpectation(writer, expectation);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("mustNotBeContacts");
            foreach (var address in stories.MustNotBeContacts)
            {
                writer.WriteStringValue(address);
            }

            writer.WriteEndArray();
            writer.WriteNumber("skippedAtLeast", stories.SkippedAtLeast);
            writer.WriteStartArray("meetingCounts");
            foreach (var count in stories.MeetingCounts)
            {
                writer.WriteStartObject();
                writer.WriteString("contact", count.Contact);
                writer.WriteNumber("meetings", count.Meetings);
                writer.WriteString("why", count.Why);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        WriteBetweenNights(writer, model);
        writer.WriteEndObject();
    }

    /// <summary>What a test changes between two nights through the simulator's control surface, and what must follow.</summary>
    private static void WriteBetweenNights(Utf8JsonWriter writer, OrgModel model)
    {
        writer.WriteStartArray("betweenNights");
        foreach (var stories in model.Owners)
        {
            if (stories.DeleteBetweenNights is not { } deletion)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("user", stories.Owner.Address);
            writer.WriteString("deleteSeries", CalendarLines.MasterId(deletion.SeriesKey, model.Users.IndexOf(stories.Owner)));
            writer.WriteString("contact", deletion.Contact);
            writer.WriteNumber("meetingsBefore", deletion.MeetingsBefore);
            writer.WriteNumber("meetingsAfter", 0);
            writer.WriteString("why", deletion.Why);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteExpectation(Utf8JsonWriter writer, Expectation expectation)
    {
        writer.WriteStartObject();
        writer.WriteString("contact", expectation.Contact);
        if (expectation.Kinds is not null)
        {
            writer.WriteStartArray("kinds");
            foreach (var kind in expectation.Kinds)
            {
                writer.WriteStringValue(kind);
            }

            writer.WriteEndArray();
        }

        if (expectation.Why is not null)
        {
            writer.WriteString("why", expectation.Why);
        }

        writer.WriteEndObject();
    }
}
