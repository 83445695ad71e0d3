using Vigil.Screening.Messages;

namespace Vigil.Screening.Tests.Messages;

public sealed class MessageParseTests
{
    [Theory]
    [InlineData(ParseOutcome.Valid, 3, false)]
    [InlineData(ParseOutcome.Valid, 0, false)]
    [InlineData(ParseOutcome.Invalid, 1, false)]
    [InlineData(ParseOutcome.Invalid, 0, true)]
    [InlineData(ParseOutcome.Unreadable, 0, true)]
    public void Quarantines_what_would_screen_no_traveler_because_of_errors(ParseOutcome outcome, int travelers, bool quarantined)
    {
        Assert.Equal(quarantined, new MessageParse(outcome, "[]", travelers).RequiresQuarantine);
    }
}
