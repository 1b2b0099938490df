using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>What a normalised address seen in a mailbox is. Kept in the state as a number: a member keeps its number
/// for good, and renumbering needs a new <see cref="EngineVersion"/>.</summary>
internal enum AddressKind : byte
{
    /// <summary>A person: interactions with them make a relationship.</summary>
    Contact = 0,

    /// <summary>A room or equipment (the directory's, or invited as a resource in the mailbox).</summary>
    Room = 1,

    /// <summary>A distribution list or group (the directory's, or an own-domain address judged a dynamic list).</summary>
    DistributionList = 2,

    /// <summary>A no-reply or notification sender.</summary>
    Automated = 3,
}

/// <summary>Maps an <see cref="AddressKind"/> to the code the scanners use (<see cref="AddressCode"/>).</summary>
internal static class AddressKinds
{
    public static int CodeOf(AddressKind kind, int number) => kind switch
    {
        AddressKind.Contact => number,
        AddressKind.Room => AddressCode.Room,
        AddressKind.DistributionList => AddressCode.DistributionList,
        AddressKind.Automated => AddressCode.Automated,
    };
}
