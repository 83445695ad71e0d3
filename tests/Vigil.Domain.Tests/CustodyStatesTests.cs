using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class CustodyStatesTests
{
    [Fact]
    public void Every_state_has_a_name_that_reads_back_to_it()
    {
        foreach (CustodyState state in Enum.GetValues<CustodyState>())
        {
            Assert.True(CustodyStates.TryParse(CustodyStates.ToName(state), out CustodyState parsed));
            Assert.Equal(state, parsed);
        }
    }

    [Theory]
    [InlineData("Detained", CustodyState.Detained)]
    [InlineData("at_large", CustodyState.AtLarge)]
    [InlineData("citizenship revoked", CustodyState.CitizenshipRevoked)]
    [InlineData("deceased", CustodyState.DeceasedReported)]
    [InlineData("underprosecution", CustodyState.UnderProsecution)]
    public void Reads_names_in_other_cases_and_separators(string text, CustodyState expected)
    {
        Assert.True(CustodyStates.TryParse(text, out CustodyState state));
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData("jailed")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_unknown_names(string? text)
    {
        Assert.False(CustodyStates.TryParse(text, out _));
    }

    [Fact]
    public void The_current_status_is_the_last_entry_of_the_history()
    {
        Subject subject = new(SubjectId.For("t", "1"), SubjectKind.Person, new Listing("t", "1", ListingCategory.Monitor))
        {
            CustodyHistory = [new CustodyStatus(CustodyState.AtLarge, PartialDate.OfYear(2014)), new CustodyStatus(CustodyState.Repatriated, PartialDate.OfYearMonth(2020, 5))],
        };

        Assert.Equal(CustodyState.Repatriated, subject.CurrentCustody);
        Assert.Equal(CustodyState.Unknown, (subject with { CustodyHistory = [] }).CurrentCustody);
    }
}
