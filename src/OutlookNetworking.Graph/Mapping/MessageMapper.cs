using System.Text.Json;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Mapping;

/// <summary>Graph <c>message</c> JSON -> <see cref="MessageMeta"/>. Copes with the real world:
/// missing or empty addresses, X500 addresses, recipients without names, absent fields.</summary>
public static class MessageMapper
{
    /// <summary>Recipients kept per message. A message to more people than this is bulk to the engine anyway.</summary>
    public const int MaxRecipients = 500;

    /// <summary>Maps one delta item. Returns the reason when the item cannot be used.</summary>
    public static MapResult<MessageMeta> Map(JsonElement item, FolderKind folder)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return MapResult.Skip<MessageMeta>("notAnObject");
        }

        var id = GraphJson.String(item, "id"u8);
        if (string.IsNullOrEmpty(id) || id.Length > 512)
        {
            return MapResult.Skip<MessageMeta>("badId");
        }

        if (item.TryGetProperty("@removed"u8, out _))
        {
            return MapResult.Removed<MessageMeta>(id);
        }

        var sent = GraphJson.Instant(item, "sentDateTime"u8);
        var received = GraphJson.Instant(item, "receivedDateTime"u8);
        if (sent is null && received is null)
        {
            return MapResult.Skip<MessageMeta>("noDate");
        }

        var to = GraphJson.Recipients(item, "toRecipients"u8);
        var cc = GraphJson.Recipients(item, "ccRecipients"u8);
        var bcc = GraphJson.Recipients(item, "bccRecipients"u8);
        if (to.Count + cc.Count + bcc.Count > MaxRecipients)
        {
            to = Take(to, MaxRecipients);
            cc = Take(cc, MaxRecipients - to.Count);
            bcc = Take(bcc, MaxRecipients - to.Count - cc.Count);
        }

        var classification = InferenceClass.Unknown;
        if (item.TryGetProperty("inferenceClassification"u8, out var inference) && inference.ValueKind == JsonValueKind.String)
        {
            classification = inference.ValueEquals("focused"u8) ? InferenceClass.Focused
                : inference.ValueEquals("other"u8) ? InferenceClass.Other
                : InferenceClass.Unknown;
        }

        var conversationId = GraphJson.String(item, "conversationId"u8);
        return MapResult.Upsert(new MessageMeta(id, string.IsNullOrEmpty(conversationId) ? null : conversationId,
            GraphJson.RecipientProperty(item, "from"u8), to, cc, bcc, sent, received, folder, classification,
            GraphJson.Bool(item, "isDraft"u8)));
    }

    private static IReadOnlyList<Party> Take(IReadOnlyList<Party> parties, int count) =>
        count <= 0 ? [] : parties.Count <= count ? parties : parties.Take(count).ToList();
}
