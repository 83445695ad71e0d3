using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Screening.Checks;
using Vigil.Synthetic;

namespace Vigil.LoadTest.Tests;

public sealed class CheckBodiesTests
{
    private static readonly List<string> Lines = TravelerLines(450);

    [Fact]
    public void Every_body_is_a_valid_check_request_as_the_server_reads_it()
    {
        CheckBodies bodies = CheckBodies.Build(Lines, 1000, "VG");

        for (int i = 0; i < bodies.Count; i++)
        {
            CheckRequest? request = CheckRequestReader.Read(bodies[i], out IReadOnlyList<RequestProblem> problems);
            Assert.True(request is not null, $"body {i}: {string.Join("; ", problems)}\n{Encoding.UTF8.GetString(bodies[i])}");
            Assert.Empty(problems);
            Assert.Equal("VG", request.Flight.Carrier);
            Assert.Equal(Id(Lines[i % Lines.Count]), request.Traveler.Id);
            Assert.Equal(DocumentType.Passport, request.Traveler.DocumentType);
            Assert.NotNull(request.Traveler.DocumentNumber);
        }
    }

    [Fact]
    public void Four_hundred_travelers_board_each_flight_ten_minutes_after_the_one_before()
    {
        CheckBodies bodies = CheckBodies.Build(Lines, 1000, "VG", firstFlight: 3);

        CheckFlight first = Read(bodies[0]).Flight, last = Read(bodies[399]).Flight, next = Read(bodies[400]).Flight;

        Assert.Equal("103", first.Number);
        Assert.Equal(CheckBodies.FirstDeparture.AddMinutes(30), first.DepartureTime);
        Assert.Equal(first, last);
        Assert.Equal("104", next.Number);
        Assert.Equal(CheckBodies.FirstDeparture.AddMinutes(40), next.DepartureTime);
    }

    [Fact]
    public void No_traveler_is_checked_twice_on_one_flight()
    {
        CheckBodies bodies = CheckBodies.Build(Lines, 3000, "VG");

        HashSet<(FlightKey?, string)> seen = [];
        for (int i = 0; i < bodies.Count; i++)
        {
            CheckRequest request = Read(bodies[i]);
            Assert.True(seen.Add((request.Flight.Key, request.Traveler.Id)), $"request {i} repeats a check");
        }
    }

    [Fact]
    public void Labels_are_not_sent_but_say_who_is_listed()
    {
        CheckBodies bodies = CheckBodies.Build(Lines, Lines.Count, "VG");

        for (int i = 0; i < bodies.Count; i++)
        {
            string body = Encoding.UTF8.GetString(bodies[i]);
            Assert.DoesNotContain("\"kind\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"expect\"", body, StringComparison.Ordinal);
            Assert.Equal(Lines[i].Contains("\"expect\"", StringComparison.Ordinal), bodies.IsListed(i));
        }

        Assert.InRange(bodies.ListedTravelers, 1, Lines.Count - 1);
        Assert.Equal(bodies.ListedTravelers, Enumerable.Range(0, bodies.Count).Count(bodies.IsListed));
    }

    [Fact]
    public void The_passport_is_issued_by_the_nationality_when_there_is_one()
    {
        (byte[] json, bool listed) = CheckBodies.Traveler("""{"id":"T1","name":"Hasadir Samiki","nationality":"TUN","kind":"innocent"}""", 6);
        (byte[] stateless, _) = CheckBodies.Traveler("""{"id":"T2","name":"Oranu Belisk"}""", 7);

        Assert.False(listed);
        Assert.Equal(
            """{"id":"T1","name":"Hasadir Samiki","nationality":"TUN","document":{"number":"G00152243","country":"TUN","type":"P"}}""",
            Encoding.UTF8.GetString(json));
        Assert.Equal("""{"id":"T2","name":"Oranu Belisk","document":{"number":"H00160162","type":"P"}}""", Encoding.UTF8.GetString(stateless));
    }

    [Fact]
    public void A_document_the_line_has_is_kept()
    {
        (byte[] json, _) = CheckBodies.Traveler("""{"id":"T1","name":"Oranu Belisk","document":{"number":"X1","country":"GBR","type":"P"}}""", 0);

        Assert.Equal("""{"id":"T1","name":"Oranu Belisk","document":{"number":"X1","country":"GBR","type":"P"}}""", Encoding.UTF8.GetString(json));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"name\":\"No Id\"}")]
    [InlineData("{\"id\":\"T1\"}")]
    public void A_line_that_is_no_traveler_is_refused(string line)
    {
        Assert.Throws<FormatException>(() => CheckBodies.Build([line], 1, "VG"));
    }

    private static CheckRequest Read(byte[] body) =>
        CheckRequestReader.Read(body, out IReadOnlyList<RequestProblem> problems) ?? throw new InvalidOperationException(string.Join("; ", problems));

    private static string Id(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Traveler lines as bench/serve sends them: from Vigil.Synthetic's generator, a fifth of them listed
    /// people of a generated list.</summary>
    private static List<string> TravelerLines(int count)
    {
        List<Subject> list = [.. new ListGenerator("synthetic-test", 1).Generate(300)];
        using MemoryStream buffer = new();
        TravelerGenerator.Write(buffer, new TravelerGenerator(list, 1, 0.2).Generate(count));
        return [.. Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
