namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>Names for people, in a fixed order.</summary>
internal static class NamePool
{
    public static readonly string[] First =
    [
        "Ava", "Ben", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jade", "Kofi", "Lena", "Mateo", "Nora", "Omar",
        "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wen", "Xavi", "Yara", "Zane", "Aiko", "Bruno", "Carla",
        "Dev", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luis", "Mila", "Nikhil", "Olga", "Pablo", "Rhea",
        "Sven", "Tomas", "Uri", "Vera", "Will", "Ximena", "Yusuf", "Zoe", "Amara", "Basil", "Cleo", "Dmitri", "Esme", "Felix",
        "Gia", "Hiro", "Isla",
    ];

    public static readonly string[] Last =
    [
        "Patel", "Okafor", "Wei", "Kim", "Cohen", "Ng", "Berg", "Ito", "Petrov", "Silva", "Mensah", "Novak", "Garcia", "Lindqvist",
        "Haddad", "Sharma", "Reilly", "Moreno", "Taylor", "Fischer", "Rao", "Dubois", "Zhang", "Costa", "Nakamura", "Oduya",
        "Larsen", "Rossi", "Schmidt", "Khan", "Murphy", "Yilmaz", "Andersen", "Bakker", "Chowdhury", "Duarte", "Eriksen",
        "Fontaine", "Gallagher", "Horvat", "Iyer", "Jansen", "Kowalski", "Lopez", "Mbeki", "Nielsen", "Ortiz", "Park", "Quist",
        "Romero", "Sato", "Tanaka", "Ueda", "Varga", "Walsh", "Xu", "Young", "Zimmer", "Abbott", "Brennan",
    ];

    public static readonly string[] Departments = ["Sales", "Engineering", "Marketing", "Finance", "Operations", "Support", "Legal", "People"];

    /// <summary>Mailbox time zones, IANA and Windows ids mixed as real tenants have them.</summary>
    public static readonly string[] TimeZones = ["Pacific Standard Time", "Europe/London", "Eastern Standard Time", "Asia/Singapore"];

    public static readonly string[] ClientDomains =
        ["fabrikam.example", "northwind.example", "adatum.example", "tailspin.example", "woodgrove.example", "litware.example", "proseware.example", "wingtip.example"];

    public static readonly string[] VendorDomains = ["cloudvendor.example", "printshop.example", "devtools.example", "logistics.example"];

    public static readonly string[] Topics =
        ["Sprint notes", "Pipeline review", "Budget check", "Design review", "Status update", "Roadmap", "Customer feedback", "Hiring plan", "Launch prep", "Contract questions"];
}
