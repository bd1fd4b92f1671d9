package journey

// Function is something a touchpoint can do that omni-channel processes rely
// on, such as showing store stock online or accepting a return in store.
type Function struct {
	ID   string
	Name string
}

// Functions is the built-in vocabulary of touchpoint functions. Workspaces may add their own.
var Functions = []Function{
	{"product-search", "Find products and parts"},
	{"stock-visibility", "Show live stock per store and warehouse"},
	{"online-checkout", "Order and pay online"},
	{"store-checkout", "Order and pay in store"},
	{"shared-basket", "One basket shared between online and store"},
	{"customer-recognition", "Recognise the customer across channels (one login)"},
	{"store-pickup", "Hand over an online order in store"},
	{"home-delivery", "Deliver to the customer's address"},
	{"multi-source-fulfilment", "Fulfil one order from several stores and warehouses"},
	{"order-tracking", "Track an order and its shipments"},
	{"return-initiation", "Start a return online"},
	{"store-return", "Take back an online order in store"},
	{"refund", "Refund to the original means of payment"},
	{"appointment-booking", "Book an appointment online"},
	{"store-consultation", "Advise the customer in store"},
	{"endless-aisle", "Order in store what the store does not stock (virtual shelf)"},
}

// ChannelSelector names the channels a process step accepts: "online",
// "offline", "any", or a channel type such as "store".
type ChannelSelector string

// ProcessStep is one thing an omni-channel process needs: a touchpoint at a
// stage, through a matching channel, with a function.
type ProcessStep struct {
	Stage    string
	Channel  ChannelSelector
	Function string
}

// Process is an omni-channel process: features in several channels at once.
type Process struct {
	ID    string
	Name  string
	Steps []ProcessStep
}

// Processes is the built-in library of omni-channel processes from the primer
// (seed 004 and the virtual shelf of seed 002). Stages refer to the default
// stage ids; a workspace stage matches them by id or by its declared kind.
var Processes = []Process{
	{"bopis", "Buy online, pick up in store", []ProcessStep{
		{"information", "online", "stock-visibility"},
		{"purchase", "online", "online-checkout"},
		{"fulfilment", "store", "store-pickup"},
	}},
	{"combined-basket", "Buy online and in store (combined basket)", []ProcessStep{
		{"purchase", "online", "shared-basket"},
		{"purchase", "store", "shared-basket"},
		{"purchase", "any", "customer-recognition"},
	}},
	{"bopis-or-delivery", "Buy online, pick up in store or home delivery", []ProcessStep{
		{"purchase", "online", "online-checkout"},
		{"fulfilment", "store", "store-pickup"},
		{"fulfilment", "any", "home-delivery"},
	}},
	{"multi-source-delivery", "Buy online, deliver from several stores and warehouses", []ProcessStep{
		{"purchase", "online", "online-checkout"},
		{"fulfilment", "any", "multi-source-fulfilment"},
		{"fulfilment", "online", "order-tracking"},
	}},
	{"return-in-store", "Return in store", []ProcessStep{
		{"purchase", "online", "online-checkout"},
		{"service", "store", "store-return"},
		{"service", "any", "refund"},
	}},
	{"select-online-appointment", "Select online, appointment in store", []ProcessStep{
		{"consideration", "online", "product-search"},
		{"consideration", "online", "appointment-booking"},
		{"consideration", "store", "store-consultation"},
	}},
	{"virtual-shelf", "Virtual shelf in store (endless aisle)", []ProcessStep{
		{"information", "store", "stock-visibility"},
		{"purchase", "store", "endless-aisle"},
		{"fulfilment", "any", "home-delivery"},
	}},
}
