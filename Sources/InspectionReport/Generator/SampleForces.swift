/// The 43 territorial police forces of England and Wales, with their regions and
/// approximate resident populations under 18 (rounded; for synthetic data only).
enum SampleForces {
    struct Entry {
        var id: String
        var name: String
        var region: String
        var children: Int
    }

    static let all: [Entry] = [
        Entry(id: "avon-somerset", name: "Avon and Somerset Constabulary", region: "South West", children: 360_000),
        Entry(id: "bedfordshire", name: "Bedfordshire Police", region: "Eastern", children: 160_000),
        Entry(id: "cambridgeshire", name: "Cambridgeshire Constabulary", region: "Eastern", children: 190_000),
        Entry(id: "cheshire", name: "Cheshire Constabulary", region: "North West", children: 210_000),
        Entry(id: "city-of-london", name: "City of London Police", region: "London", children: 1_200),
        Entry(id: "cleveland", name: "Cleveland Police", region: "North East", children: 125_000),
        Entry(id: "cumbria", name: "Cumbria Constabulary", region: "North West", children: 90_000),
        Entry(id: "derbyshire", name: "Derbyshire Constabulary", region: "East Midlands", children: 220_000),
        Entry(id: "devon-cornwall", name: "Devon and Cornwall Police", region: "South West", children: 315_000),
        Entry(id: "dorset", name: "Dorset Police", region: "South West", children: 140_000),
        Entry(id: "durham", name: "Durham Constabulary", region: "North East", children: 125_000),
        Entry(id: "dyfed-powys", name: "Dyfed-Powys Police", region: "Wales", children: 95_000),
        Entry(id: "essex", name: "Essex Police", region: "Eastern", children: 400_000),
        Entry(id: "gloucestershire", name: "Gloucestershire Constabulary", region: "South West", children: 130_000),
        Entry(id: "greater-manchester", name: "Greater Manchester Police", region: "North West", children: 670_000),
        Entry(id: "gwent", name: "Gwent Police", region: "Wales", children: 125_000),
        Entry(id: "hampshire", name: "Hampshire and Isle of Wight Constabulary", region: "South East", children: 420_000),
        Entry(id: "hertfordshire", name: "Hertfordshire Constabulary", region: "Eastern", children: 270_000),
        Entry(id: "humberside", name: "Humberside Police", region: "Yorkshire and the Humber", children: 195_000),
        Entry(id: "kent", name: "Kent Police", region: "South East", children: 410_000),
        Entry(id: "lancashire", name: "Lancashire Constabulary", region: "North West", children: 335_000),
        Entry(id: "leicestershire", name: "Leicestershire Police", region: "East Midlands", children: 240_000),
        Entry(id: "lincolnshire", name: "Lincolnshire Police", region: "East Midlands", children: 150_000),
        Entry(id: "merseyside", name: "Merseyside Police", region: "North West", children: 310_000),
        Entry(id: "metropolitan", name: "Metropolitan Police Service", region: "London", children: 2_000_000),
        Entry(id: "norfolk", name: "Norfolk Constabulary", region: "Eastern", children: 170_000),
        Entry(id: "north-wales", name: "North Wales Police", region: "Wales", children: 125_000),
        Entry(id: "north-yorkshire", name: "North Yorkshire Police", region: "Yorkshire and the Humber", children: 150_000),
        Entry(id: "northamptonshire", name: "Northamptonshire Police", region: "East Midlands", children: 170_000),
        Entry(id: "northumbria", name: "Northumbria Police", region: "North East", children: 290_000),
        Entry(id: "nottinghamshire", name: "Nottinghamshire Police", region: "East Midlands", children: 240_000),
        Entry(id: "south-wales", name: "South Wales Police", region: "Wales", children: 265_000),
        Entry(id: "south-yorkshire", name: "South Yorkshire Police", region: "Yorkshire and the Humber", children: 295_000),
        Entry(id: "staffordshire", name: "Staffordshire Police", region: "West Midlands", children: 230_000),
        Entry(id: "suffolk", name: "Suffolk Constabulary", region: "Eastern", children: 160_000),
        Entry(id: "surrey", name: "Surrey Police", region: "South East", children: 260_000),
        Entry(id: "sussex", name: "Sussex Police", region: "South East", children: 320_000),
        Entry(id: "thames-valley", name: "Thames Valley Police", region: "South East", children: 530_000),
        Entry(id: "warwickshire", name: "Warwickshire Police", region: "West Midlands", children: 125_000),
        Entry(id: "west-mercia", name: "West Mercia Police", region: "West Midlands", children: 270_000),
        Entry(id: "west-midlands", name: "West Midlands Police", region: "West Midlands", children: 690_000),
        Entry(id: "west-yorkshire", name: "West Yorkshire Police", region: "Yorkshire and the Humber", children: 530_000),
        Entry(id: "wiltshire", name: "Wiltshire Police", region: "South West", children: 155_000),
    ]
}
