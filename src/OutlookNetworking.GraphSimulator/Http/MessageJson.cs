using System.Globalization;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>Writes one message as Graph serves it: the selected fields (null when absent), then <c>id</c>.</summary>
internal static class MessageJson
{
    private static readonly JsonEncodedText MessageType = JsonEncodedText.Encode("#microsoft.graph.message");

    public static void Write(Utf8JsonWriter writer, PageItem item, int[] fields, bool immutableId, FolderIdCache folders)
    {
        var id = immutableId ? item.Id : ItemIds.ToRestId(item.Id, item.Scope);
        writer.WriteStartObject();
        writer.WriteString("@odata.type", MessageType);
        if (item.Removed)
        {
            writer.WriteString("id", id);
            writer.WriteStartObject("@removed");
            writer.WriteString("reason", "deleted");
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("@odata.etag", "W/\"v" + item.Version.ToString(CultureInfo.InvariantCulture) + "\"");
        foreach (var field in fields)
        {
            writer.WritePropertyName(FieldNames.Encoded(field));
            if (field == FieldNames.ParentFolderId)
            {
                writer.WriteStringValue(folders.IdOf(item.Scope));
            }
            else if (field == FieldNames.WebLink)
            {
                writer.WriteStringValue("https://outlook.office365.com/owa/?ItemID=" + Uri.EscapeDataString(id) + "&exvsurl=1&viewmodel=ReadMessageItem");
            }
            else if (item.Payload!.TryGetRaw(field, out var raw))
            {
                writer.WriteRawValue(raw, skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteString("id", id);
        writer.WriteEndObject();
    }
}
