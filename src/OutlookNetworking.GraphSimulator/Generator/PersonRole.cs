namespace OutlookNetworking.GraphSimulator.Generator;

internal enum PersonRole
{
    Member,
    Shared,
    Room,
    Heavy,
    External,
    Automated,
}
