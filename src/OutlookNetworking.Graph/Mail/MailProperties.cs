namespace OutlookNetworking.Graph.Mail;

/// <summary>MAPI properties a JSON <c>sendMail</c> can set through <c>singleValueExtendedProperties</c>.</summary>
public static class MailProperties
{
    /// <summary><c>PidTagListUnsubscribe</c> (MS-OXPROPS: <c>PtypString</c>, tag 0x1045): Exchange sends it as the
    /// message's <c>List-Unsubscribe</c> header (reported: redaxo/core pull #6590), which a JSON send cannot set as a
    /// header and a MIME send loses (graph-fidelity GF-15).</summary>
    public const string ListUnsubscribe = "String 0x1045";
}
