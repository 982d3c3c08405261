/** A made-up central law on night markets, an act amending its Điều 2 khoản 2, and provincial decisions based on it (basis-change tests and bench). */

export const lawText = (number: string) => `QUỐC HỘI
Luật số: ${number}

LUẬT
QUẢN LÝ CHỢ ĐÊM

Điều 1. Phạm vi điều chỉnh
Luật này quy định về quản lý chợ đêm, điểm kinh doanh ban đêm trên địa bàn cả nước.
Điều 2. Giờ hoạt động
1. Chợ đêm hoạt động từ 18 giờ đến 24 giờ hằng ngày, trừ trường hợp quy định tại khoản 2 Điều này.
2. Ủy ban nhân dân cấp tỉnh quyết định việc kéo dài giờ hoạt động của chợ đêm không quá 02 giờ sáng ngày hôm sau trong dịp lễ, Tết và các sự kiện văn hóa, du lịch.
`;

export const amendingText = (number: string, law: string) => `QUỐC HỘI
Luật số: ${number}

LUẬT
SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ CHỢ ĐÊM

Điều 1. Sửa đổi, bổ sung một số điều của Luật Quản lý chợ đêm số ${law}
1. Sửa đổi, bổ sung khoản 2 Điều 2 như sau:
“2. Ủy ban nhân dân cấp tỉnh quyết định việc kéo dài giờ hoạt động của chợ đêm không quá 01 giờ sáng ngày hôm sau.”
Điều 2. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
`;

export const provincialText = (province: string, number: string, law: string, subject: string) => `ỦY BAN NHÂN DÂN ${province.toUpperCase()}
Số: ${number}

QUYẾT ĐỊNH
Ban hành Quy định về ${subject}

ỦY BAN NHÂN DÂN ${province.toUpperCase()}
Căn cứ Luật Quản lý chợ đêm số ${law};
QUYẾT ĐỊNH:
Điều 1. Giờ hoạt động
1. ${subject[0].toUpperCase()}${subject.slice(1)} hoạt động từ 18 giờ đến 24 giờ hằng ngày.
2. Ủy ban nhân dân cấp tỉnh quyết định việc kéo dài giờ hoạt động của chợ đêm không quá 02 giờ sáng ngày hôm sau trong dịp lễ, Tết và các sự kiện văn hóa, du lịch trên địa bàn tỉnh.
Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực từ ngày 15 tháng 02 năm 2025.
`;
