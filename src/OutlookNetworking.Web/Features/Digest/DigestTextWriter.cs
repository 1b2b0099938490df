using System.Globalization;
using System.Text;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>The plain-text part of a digest: the same content as the HTML, links written out.</summary>
internal static class DigestTextWriter
{
    public static string Write(DigestModel model)
    {
        var text = new StringBuilder();
        text.Append(model.Subject).Append(" (").Append(model.DateLabel).AppendLine(")").AppendLine();
        foreach (var item in model.Items)
        {
            text.Append(item.Rank.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(item.ContactName)
                .Append(" - ").AppendLine(item.KindLabel);
            text.Append("   ").AppendLine(item.Reason);
            if (item.IntroductionLine is { } introduction)
            {
                text.Append("   ").AppendLine(introduction);
            }
            if (item.OpenUrl is { } open)
            {
                text.Append("   ").Append(item.OpenLabel).Append(": ").AppendLine(open);
            }

            text.Append("   Done: ").AppendLine(item.DoneUrl);
            text.Append("   Snooze a week: ").AppendLine(item.SnoozeUrl);
            text.Append("   Dismiss: ").AppendLine(item.DismissUrl).AppendLine();
        }

        text.Append("Your network (change ").Append(model.HealthComparedWith).AppendLine(")");
        foreach (var row in model.Health)
        {
            text.Append("   ").Append(row.Label).Append(": ").Append(row.Value).Append(" (").Append(row.Change).AppendLine(")");
        }

        text.AppendLine().AppendLine("Contact days per month:");
        text.Append("   ").AppendLine(string.Join("  ", model.Activity.Select(b => b.Month + " " + b.ContactDays.ToString(CultureInfo.InvariantCulture))));
        text.AppendLine().AppendLine("Why you get this: your organisation uses OutlookNetworking, and this digest comes each morning when")
            .AppendLine("there is someone worth following up with. It uses the metadata of your mail and calendar only (who wrote")
            .AppendLine("to whom, when, and who met), never message bodies or attachments.")
            .Append("Turn this digest off: ").AppendLine(model.UnsubscribeUrl);
        return text.ToString();
    }
}
