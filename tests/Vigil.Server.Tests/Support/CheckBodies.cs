using System.Text.Json.Nodes;

namespace Vigil.Server.Tests.Support;

/// <summary>Bodies of <c>POST /api/v1/checks</c>, and the travelers whose decisions the demo list makes known. Every
/// traveler who is not on the fictitious demo list is invented.</summary>
public static class CheckBodies
{
    /// <summary>The departure of every check unless another is given: VG 19 from LHR, 15 March 2026 at 09:10.</summary>
    public const string DepartureTime = "2026-03-15T09:10";

    public const string DepartureDate = "2026-03-15";

    /// <summary>Nobody listed: board.</summary>
    public static JsonObject Innocent(string id = "P-001") => Traveler(id, "Ingrid Solvang", "1979-06-02", "NOR");

    /// <summary>NFL-2019-0002, a secondary-screening entry (acquitted: no custody anomaly): selectee.</summary>
    public static JsonObject SecondaryScreening(string id = "P-002") => Traveler(id, "Nadia Errachidi", "1993-11-04", "BEL");

    /// <summary>NFL-2019-0004, a no-board entry at large: contact, by the entry's category.</summary>
    public static JsonObject NoBoardEntry(string id = "P-003") => Traveler(id, "Jamshid Rakhimovich Tolibjonov", "1980", "UZB");

    /// <summary>NFL-2019-0011, a no-board entry recorded as detained: a confident hit is a custody anomaly, contact.</summary>
    public static JsonObject CustodyAnomaly(string id = "P-004") => Traveler(id, "Imran Qadir Qadiri", "1987", "GBR");

    public static JsonObject Traveler(string id, string name, string? dob = null, string? nationality = null)
    {
        JsonObject traveler = new() { ["id"] = id, ["name"] = name };
        if (dob is not null)
        {
            traveler["dob"] = dob;
        }

        if (nationality is not null)
        {
            traveler["nationality"] = nationality;
        }

        return traveler;
    }

    public static JsonObject Flight(string carrier = TestKeys.OwnCarrier, string number = "19", string departureTime = DepartureTime) => new()
    {
        ["carrier"] = carrier,
        ["number"] = number,
        ["departureAirport"] = "LHR",
        ["departureTime"] = departureTime,
        ["arrivalAirport"] = "JFK",
    };

    /// <summary>A check of <paramref name="traveler"/> on VG 19 (or the flight given).</summary>
    public static string Check(JsonObject traveler, JsonObject? flight = null) =>
        new JsonObject { ["flight"] = flight ?? Flight(), ["traveler"] = traveler }.ToJsonString();
}
