namespace OutlookNetworking.Core.Interactions;

/// <summary>What a raw address resolves to when it is not a contact (contacts are indexes >= 0).</summary>
internal static class AddressCode
{
    public const int Owner = -1;
    public const int Room = -2;
    public const int DistributionList = -3;
    public const int Automated = -4;
    public const int Invalid = -5;

    public static bool IsContact(int code) => code >= 0;
}
