using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>Writes expected.json in the format of shared/fixtures/contoso-stories/expected.json.</summary>
internal static class ExpectedWriter
{
    public static void Write(Utf8JsonWriter writer, OrgModel model)
    {
        writer.WriteStartObject();
        writer.WriteString("about", "Outcomes a correct analysis of this generated snapshot must show, at its 'now'. Kinds are the detector names. Written by the synthetic tenant generator with the stories it planted.");
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
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
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
