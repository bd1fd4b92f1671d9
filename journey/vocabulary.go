package journey

// The channel selectors a process step may use besides a channel type.
const (
	SelectAny     ChannelSelector = "any"
	SelectOnline  ChannelSelector = "online"
	SelectOffline ChannelSelector = "offline"
)

// ChannelSelectors lists every selector a process step accepts: any, online,
// offline, then each channel type.
func ChannelSelectors() []string {
	out := []string{string(SelectOnline), string(SelectOffline), string(SelectAny)}
	return append(out, ChannelTypes...)
}

// The directions of a KPI: whether a higher or a lower value is better.
const (
	KPIHigherIsBetter = "higher"
	KPILowerIsBetter  = "lower"
)

// KPIDirections lists the directions a KPI can take.
var KPIDirections = []string{KPIHigherIsBetter, KPILowerIsBetter}
