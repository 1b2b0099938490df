using System.Collections.Concurrent;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// Interns JSON property names to small integers so a stored item can find a selected field
/// without string comparisons, and caches each name's pre-encoded form for the writer.
/// Names are matched case-insensitively, as Graph matches <c>$select</c> names.
/// </summary>
internal static class FieldNames
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lock Gate = new();
    private static JsonEncodedText[] _encoded = new JsonEncodedText[64];
    private static string[] _names = new string[64];
    private static int _count;

    public static readonly int Id = GetOrAdd("id");
    public static readonly int ParentFolderId = GetOrAdd("parentFolderId");
    public static readonly int Start = GetOrAdd("start");
    public static readonly int End = GetOrAdd("end");
    public static readonly int WebLink = GetOrAdd("webLink");

    public static int GetOrAdd(string name)
    {
        if (Ids.TryGetValue(name, out var id))
        {
            return id;
        }

        lock (Gate)
        {
            if (Ids.TryGetValue(name, out id))
            {
                return id;
            }

            id = _count;
            if (id == _names.Length)
            {
                Array.Resize(ref _names, id * 2);
                Array.Resize(ref _encoded, id * 2);
            }

            _names[id] = name;
            _encoded[id] = JsonEncodedText.Encode(name);
            Volatile.Write(ref _count, id + 1);
            Ids[name] = id;
            return id;
        }
    }

    public static bool TryGet(string name, out int id) => Ids.TryGetValue(name, out id);

    public static string Name(int id) => Volatile.Read(ref _names)[id];

    public static JsonEncodedText Encoded(int id) => Volatile.Read(ref _encoded)[id];
}
