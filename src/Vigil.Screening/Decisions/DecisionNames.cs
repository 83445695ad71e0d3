namespace Vigil.Screening.Decisions;

/// <summary>The wire names of decisions and rules, as the API, the CLI and stored documents write them. A contract:
/// add, never rename.</summary>
public static class DecisionNames
{
    /// <summary><c>board</c>, <c>selectee</c>, <c>contact</c> or <c>no-board</c>.</summary>
    public static string ToName(Decision decision) => decision switch
    {
        Decision.Board => "board",
        Decision.Selectee => "selectee",
        Decision.Contact => "contact",
        Decision.NoBoard => "no-board",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Not a decision."),
    };

    /// <summary>Reads a decision's wire name.</summary>
    public static bool TryParse(string? text, out Decision decision)
    {
        (bool ok, decision) = text switch
        {
            "board" => (true, Decision.Board),
            "selectee" => (true, Decision.Selectee),
            "contact" => (true, Decision.Contact),
            "no-board" => (true, Decision.NoBoard),
            _ => (false, Decision.Board),
        };
        return ok;
    }

    /// <summary><c>no-hit</c>, <c>monitor</c>, <c>secondary-screening</c>, <c>no-board-entry</c>,
    /// <c>custody-anomaly</c>, <c>document-no-board</c> or <c>analyst</c>.</summary>
    public static string ToName(DecisionRule rule) => rule switch
    {
        DecisionRule.NoHit => "no-hit",
        DecisionRule.Monitor => "monitor",
        DecisionRule.SecondaryScreening => "secondary-screening",
        DecisionRule.NoBoardEntry => "no-board-entry",
        DecisionRule.CustodyAnomaly => "custody-anomaly",
        DecisionRule.DocumentNoBoard => "document-no-board",
        DecisionRule.Analyst => "analyst",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a decision rule."),
    };

    /// <summary>Reads a rule's wire name.</summary>
    public static bool TryParse(string? text, out DecisionRule rule)
    {
        foreach (DecisionRule candidate in Enum.GetValues<DecisionRule>())
        {
            if (string.Equals(ToName(candidate), text, StringComparison.Ordinal))
            {
                rule = candidate;
                return true;
            }
        }

        rule = DecisionRule.NoHit;
        return false;
    }
}
