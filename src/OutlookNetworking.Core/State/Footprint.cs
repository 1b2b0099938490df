using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>
/// What one message or meeting contributes to the engine, whatever the instant: its touches, its record in its
/// conversation, the noise it is, and the evidence it gives about addresses (resources invited, people who acted).
/// Evaluation decides what applies at its instant (an item after it counts only as <see cref="NoiseReason.Future"/>
/// or not at all). Kept per item between nights so a changed or removed item can be taken away exactly: the state
/// after adding and taking away a footprint is the state before. One instance is reused while scanning.
/// </summary>
internal sealed class Footprint
{
    public ItemKind Kind { get; set; }

    public string Id { get; set; } = "";

    /// <summary>Noise the whole item is whatever the instant (draft, junk, undated, cancelled, declined): when set,
    /// the item contributes nothing else.</summary>
    public NoiseReason? Constant { get; set; }

    /// <summary>A meeting after a one-off analysis's instant: it counts for nothing there.</summary>
    public bool Ignored { get; set; }

    /// <summary>Messages: when written; meetings: the start (UTC ticks). Meaningless when <see cref="Constant"/>.</summary>
    public long Ticks { get; set; }

    /// <summary>Meetings: the end (UTC ticks).</summary>
    public long EndTicks { get; set; }

    /// <summary>Noise the item counts once its instant has come (addresses dropped on it, or the whole item: bulk,
    /// large meeting).</summary>
    public NoiseCounter PastNoise { get; } = new();

    /// <summary>The interactions it makes, one per contact and role.</summary>
    public List<FootprintTouch> Touches { get; } = [];

    /// <summary>Messages a contact wrote to a list the owner got them through (<see cref="ListTouch"/>).</summary>
    public List<FootprintListTouch> ListTouches { get; } = [];

    /// <summary>Messages in a conversation: the conversation and this message's record in it.</summary>
    public string? ConversationId { get; set; }

    public ConversationRecord Record { get; set; }

    /// <summary>Entries it invites as a resource (meetings, cancelled and declined ones included).</summary>
    public List<int> Resources { get; } = [];

    /// <summary>Entries that wrote, organised or answered on it (graph-fidelity GF-14).</summary>
    public List<int> Actors { get; } = [];

    public ItemKey Key => new(Kind, Id);

    public bool HasConversation => ConversationId is not null && Constant is null;

    /// <summary>The day every touch of the item falls on (the owner's local day of <see cref="Ticks"/>).</summary>
    public int Day { get; set; }

    public void Reset(ItemKind kind, string id)
    {
        Kind = kind;
        Id = id;
        Constant = null;
        Ignored = false;
        Ticks = 0;
        EndTicks = 0;
        Day = 0;
        PastNoise.Clear();
        Touches.Clear();
        ListTouches.Clear();
        ConversationId = null;
        Record = default;
        Resources.Clear();
        Actors.Clear();
    }

    /// <summary>This footprint's touch <paramref name="touch"/> as kept on its contact.</summary>
    public Touch ToTouch(in FootprintTouch touch, int nameSlot)
        => new(touch.Entry, Ticks, Day, touch.Kind, touch.Weight, nameSlot, touch.Flags);
}

/// <summary>One interaction an item makes with one contact (its time and day are the item's).</summary>
/// <param name="Entry">The contact's number in the address table.</param>
/// <param name="Name">The name the mail system gave the contact on the item.</param>
internal readonly record struct FootprintTouch(int Entry, TouchKind Kind, float Weight, TouchFlags Flags, string? Name);
