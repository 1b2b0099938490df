using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>Data protection keys in the store's <c>data_protection_keys</c> table (SQLite or PostgreSQL): every
/// instance on the store shares them, and they survive restarts, so signed links and cookies keep working.</summary>
internal sealed class StoreXmlRepository(IAppDbContextFactory factory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = factory.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList()
            .Where(xml => !string.IsNullOrEmpty(xml)).Select(xml => XElement.Parse(xml!)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = factory.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
