using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Vigil.Storage;

namespace Vigil.Server.Security;

/// <summary>Data protection's key ring kept in the database (<see cref="ServerKeyStore"/>): every server of one
/// database protects and reads the workbench's cookies with the same keys, and the keys outlive a restart.</summary>
/// <remarks>Data protection calls this synchronously and rarely: when it loads its key ring (at first use, then about
/// once a day, or on meeting a key it does not know) and when it makes a key.</remarks>
internal sealed class DatabaseXmlRepository(ServerKeyStore keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. keys.ReadAllAsync(CancellationToken.None).GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
    }
}
