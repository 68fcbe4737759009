namespace Bouwmarkt.Bot.Tests.Bot;

public sealed class StartBudgetTests
{
    [Fact]
    public void Judge_MachineAsFastAsTheReference_AllowsOneSecond()
    {
        Assert.False(StartBudget.Judge(TimeSpan.FromMilliseconds(1010), TimeSpan.FromMilliseconds(300)).Met);
        Assert.True(StartBudget.Judge(TimeSpan.FromMilliseconds(990), TimeSpan.FromMilliseconds(300)).Met);
    }

    [Fact]
    public void Judge_FasterMachine_StillAllowsOneSecond()
    {
        Assert.True(StartBudget.Judge(TimeSpan.FromMilliseconds(990), TimeSpan.FromMilliseconds(100)).Met);
    }

    [Fact]
    public void Judge_MachineTwiceAsSlowForAnEmptyHost_AllowsTwoSeconds()
    {
        Assert.True(StartBudget.Judge(TimeSpan.FromMilliseconds(1990), TimeSpan.FromMilliseconds(600)).Met);
        Assert.False(StartBudget.Judge(TimeSpan.FromMilliseconds(2010), TimeSpan.FromMilliseconds(600)).Met);
    }

    [Fact]
    public void Judge_Explanation_GivesBothTimesAndTheAllowance()
    {
        var (_, explanation) = StartBudget.Judge(TimeSpan.FromMilliseconds(1234), TimeSpan.FromMilliseconds(450));

        Assert.Equal("best start 1234 ms against 1500 ms allowed: 1000 ms on a machine that starts an empty host in 300 ms, this one took 450 ms (1.50 times)", explanation);
    }
}
